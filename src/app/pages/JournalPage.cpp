#include "pages/JournalPage.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"
#include "models/AttemptTableModel.h"
#include "widgets/UndoBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

JournalPage::JournalPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    build();
    requestReload();
}

void JournalPage::build()
{
    column()->addWidget(style::pageTitle(tr("Journal"), this));
    m_count = style::secondary(QString(), this);
    column()->addWidget(m_count);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(style::kInside);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search asks, reflections, tags (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    filters->addWidget(m_search, 2);
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Every outcome"), QString());
    m_outcome->addItem(tr("No"), QStringLiteral("no"));
    m_outcome->addItem(tr("Yes"), QStringLiteral("yes"));
    m_outcome->addItem(tr("Partly"), QStringLiteral("partial"));
    m_outcome->addItem(tr("Not this time"), QStringLiteral("avoided"));
    filters->addWidget(m_outcome);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("Every kind of ask"), QString());
    const core::ChallengeCatalog catalog = session().practice().catalog();
    for (const auto& c : catalog.categories())
        m_category->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    filters->addWidget(m_category);
    m_range = new QComboBox(this);
    m_range->setAccessibleName(tr("Dates"));
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 12 months"), 365);
    filters->addWidget(m_range);
    column()->addLayout(filters);
    connect(m_search, &QLineEdit::textChanged, this, &JournalPage::reload);
    for (QComboBox* box : {m_outcome, m_category, m_range})
        connect(box, &QComboBox::currentIndexChanged, this, &JournalPage::reload);

    m_undo = new UndoBar(this);
    column()->addWidget(m_undo);

    m_plansBox = new QWidget(this);
    auto* plansLayout = new QVBoxLayout(m_plansBox);
    plansLayout->setContentsMargins(0, 0, 0, 0);
    plansLayout->setSpacing(style::kInside);
    plansLayout->addWidget(style::sectionTitle(tr("Planned — waiting for you"), m_plansBox));
    m_plans = new QListWidget(m_plansBox);
    m_plans->setAccessibleName(tr("Plans"));
    plansLayout->addWidget(m_plans);
    auto* planButtons = new QHBoxLayout;
    auto* complete = new QPushButton(tr("Complete the plan…"), m_plansBox);
    planButtons->addWidget(complete);
    planButtons->addStretch();
    plansLayout->addLayout(planButtons);
    column()->addWidget(m_plansBox);
    auto completePlan = [this] {
        if (auto* item = m_plans->currentItem() ? m_plans->currentItem() : m_plans->item(0)) {
            const auto plan = core::AttemptRepository(session().db(), session().clock())
                                  .find(item->data(kIdRole).toString().toStdString());
            if (plan)
                emit startAttempt({std::nullopt, std::nullopt, *plan});
        }
    };
    connect(complete, &QPushButton::clicked, this, completePlan);
    connect(m_plans, &QListWidget::itemActivated, this, completePlan);

    column()->addWidget(style::sectionTitle(tr("Attempts"), this));
    m_stack = new QStackedWidget(this);
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto* emptyText = new QLabel(tr("No attempts here yet. Your first ask can be tiny — asking a stranger "
                                    "for the time counts."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyText);
    auto* emptyButton = new QPushButton(tr("Start an attempt"), empty);
    connect(emptyButton, &QPushButton::clicked, this, [this] { emit startAttempt({}); });
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_model = new AttemptTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AttemptTableModel::SortRole);
    m_table = new QTableView(m_stack);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AttemptTableModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttemptTableModel::Title, QHeaderView::Stretch);
    m_table->setMinimumHeight(260);
    m_table->setAccessibleName(tr("Attempts"));
    connect(m_table, &QTableView::activated, this, &JournalPage::openSelected);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_table);
    column()->addWidget(m_stack, 1);

    auto* actions = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setToolTip(tr("Read or edit the selected attempt (Enter)"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setToolTip(tr("Delete the selected attempt (Del). You can undo it."));
    actions->addWidget(m_open);
    actions->addWidget(m_delete);
    actions->addStretch();
    column()->addLayout(actions);
    connect(m_open, &QPushButton::clicked, this, &JournalPage::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &JournalPage::deleteSelected);
    m_table->installEventFilter(this);
}

core::AttemptSearch JournalPage::currentSearch()
{
    core::AttemptSearch s;
    s.text = m_search->text().trimmed().toStdString();
    s.outcome = core::parseOutcome(m_outcome->currentData().toString().toStdString());
    if (!m_category->currentData().toString().isEmpty())
        s.category = m_category->currentData().toString().toStdString();
    if (const int days = m_range->currentData().toInt())
        s.fromDate = core::firstDateOfLast(days, session().clock().now());
    return s;
}

void JournalPage::reload()
{
    const auto all = core::AttemptRepository(session().db(), session().clock()).list();
    core::AttemptSearch search = currentSearch();
    core::AttemptSearch planSearch = search;
    planSearch.plansOnly = true;
    planSearch.outcome.reset();
    search.completedOnly = true;

    const auto plans = core::searchAttempts(all, planSearch);
    m_plans->clear();
    for (auto it = plans.rbegin(); it != plans.rend(); ++it) {
        auto* item = new QListWidgetItem(tr("%1 — planned %2, expecting %3/10")
                                             .arg(QString::fromStdString(it->title), AttemptTableModel::whenText(*it))
                                             .arg(it->prediction.anxiety),
                                         m_plans);
        item->setData(kIdRole, QString::fromStdString(it->id));
    }
    m_plansBox->setVisible(!plans.empty());
    // Tall enough for the plans there are (up to four), no empty well beneath them.
    const int rows = std::min<int>(static_cast<int>(plans.size()), 4);
    m_plans->setFixedHeight(std::max(1, rows) * m_plans->sizeHintForRow(0) + 2 * m_plans->frameWidth() + 4);

    m_model->setAttempts(core::searchAttempts(all, search));
    const int shown = m_model->rowCount();
    m_stack->setCurrentIndex(shown == 0 ? 0 : 1);
    m_open->setEnabled(shown > 0);
    m_delete->setEnabled(shown > 0);
    int completed = 0;
    for (const auto& a : all)
        completed += a.isPlan() ? 0 : 1;
    m_count->setText(completed == 0 ? tr("Every ask you log is kept here, on this computer only.")
                     : shown == completed ? (completed == 1 ? tr("One attempt. It took courage.")
                                                          : tr("%1 attempts. Every one of them took courage.").arg(completed))
                                          : tr("Showing %1 of %2 attempts.").arg(shown).arg(completed));
}

bool JournalPage::eventFilter(QObject* watched, QEvent* event)
{
    // Delete on the table deletes the selected attempt (with undo); a key event, not a shortcut,
    // so it works wherever the table has focus.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        deleteSelected();
        return true;
    }
    return Page::eventFilter(watched, event);
}

void JournalPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void JournalPage::openSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    emit startAttempt({std::nullopt, std::nullopt, m_model->attemptAt(m_proxy->mapToSource(index).row())});
}

void JournalPage::deleteSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const std::string id = m_model->attemptAt(m_proxy->mapToSource(index).row()).id;
    auto deleted = session().practice().deleteAttempt(id);
    if (!deleted)
        return;
    session().notifyChanged();
    const QString title = QString::fromStdString(deleted->attempt.title);
    m_undo->offer(tr("Deleted “%1”.").arg(title), [this, d = *deleted] {
        session().practice().restoreAttempt(d);
        session().notifyChanged();
    });
}

} // namespace askanyway::app
