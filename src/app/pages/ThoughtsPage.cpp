#include "pages/ThoughtsPage.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "cbt/Reframes.h"
#include "common/Error.h"
#include "journal/ThoughtRecordRepository.h"
#include "widgets/ThoughtEditor.h"
#include "widgets/UndoBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ThoughtsPage::ThoughtsPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    build();
    requestReload();
    m_editor->open(core::ThoughtRecord{});
}

void ThoughtsPage::build()
{
    column()->addWidget(style::pageTitle(tr("Thought records"), this));
    column()->addWidget(style::secondary(
        tr("When a thought about an ask or a no keeps stinging, write it down and test it like a "
           "scientist: what supports it, what doesn't, and what is a fairer way to put it?"),
        this));
    m_undo = new UndoBar(this);
    column()->addWidget(m_undo);

    auto* row = new QHBoxLayout;
    row->setSpacing(style::kBetween);
    auto* left = new QVBoxLayout;
    left->setSpacing(style::kInside);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search records"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search records"));
    left->addWidget(m_search);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Thought records"));
    m_list->setMinimumWidth(230);
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    auto* create = new QPushButton(tr("New record"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    listButtons->addWidget(create);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    row->addLayout(left, 2);
    connect(m_search, &QLineEdit::textChanged, this, &ThoughtsPage::fillList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item, QListWidgetItem* previous) {
        if (!item)
            return;
        const auto r = core::ThoughtRecordRepository(session().db(), session().clock())
                           .find(item->data(kIdRole).toString().toStdString());
        if (!r)
            return;
        if (!open(*r)) {
            const QSignalBlocker block(m_list); // stay on the record being edited
            m_list->setCurrentItem(previous);
        }
    });
    connect(create, &QPushButton::clicked, this, &ThoughtsPage::newRecord);
    connect(remove, &QPushButton::clicked, this, &ThoughtsPage::deleteCurrent);

    m_editor = new ThoughtEditor(session(), this);
    row->addWidget(m_editor, 5);
    column()->addLayout(row, 1);
}

void ThoughtsPage::reload()
{
    fillList();
    m_editor->fillAttempts();
}

bool ThoughtsPage::open(const core::ThoughtRecord& record)
{
    if (!mayLeaveEditor())
        return false;
    m_editor->open(record);
    return true;
}

bool ThoughtsPage::mayLeaveEditor()
{
    if (!m_editor->hasChanges())
        return true;
    QMessageBox ask(QMessageBox::Question, tr("Save this record first?"),
                    tr("The thought record you are writing has changes that are not saved yet."),
                    QMessageBox::NoButton, this);
    QPushButton* save = ask.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton* discard = ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    ask.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    ask.exec();
    if (ask.clickedButton() == save)
        return m_editor->save();
    return ask.clickedButton() == discard;
}

core::ThoughtRecord ThoughtsPage::editorRecord() const
{
    return m_editor->record();
}

bool ThoughtsPage::save()
{
    return m_editor->save();
}

void ThoughtsPage::fillList()
{
    const QString needle = QString::fromStdString(core::normaliseForMatching(m_search->text().toStdString()));
    const QSignalBlocker block(m_list);
    m_list->clear();
    const auto records = core::ThoughtRecordRepository(session().db(), session().clock()).list();
    for (auto it = records.rbegin(); it != records.rend(); ++it) {
        const QString all = QString::fromStdString(core::normaliseForMatching(
            it->situation + " " + it->automaticThought + " " + it->balancedThought + " " + it->evidenceFor + " " + it->evidenceAgainst));
        if (!needle.isEmpty() && !all.contains(needle))
            continue;
        auto* item = new QListWidgetItem(tr("%1\n%2").arg(qs(it->automaticThought), qs(it->at.substr(0, 10))), m_list);
        item->setData(kIdRole, qs(it->id));
        if (it->id == m_editor->opened().id)
            m_list->setCurrentItem(item);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(needle.isEmpty() ? tr("No records yet. They appear here as you write them.") : tr("Nothing matches."), m_list);
}

void ThoughtsPage::newRecord()
{
    open(core::ThoughtRecord{});
}

void ThoughtsPage::discardEdits()
{
    m_editor->open(m_editor->opened());
}

void ThoughtsPage::deleteCurrent()
{
    if (m_editor->opened().id.empty())
        return;
    const core::ThoughtRecord removed = m_editor->opened();
    core::ThoughtRecordRepository(session().db(), session().clock()).remove(removed.id);
    m_editor->open(core::ThoughtRecord{}); // the record is gone: nothing left to ask about
    session().notifyChanged();
    m_undo->offer(tr("Deleted the record “%1”.").arg(qs(removed.automaticThought)), [this, removed] {
        core::ThoughtRecordRepository(session().db(), session().clock()).add(removed);
        session().notifyChanged();
        open(removed);
    });
}

} // namespace askanyway::app
