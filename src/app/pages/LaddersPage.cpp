#include "pages/LaddersPage.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "common/Error.h"
#include "dialogs/AttemptDialog.h"
#include "dialogs/StepDialogs.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderProgress.h"
#include "journal/LadderRepository.h"
#include "program/StarterLadder.h"
#include "widgets/RungList.h"
#include "widgets/UndoBar.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}


} // namespace

LaddersPage::LaddersPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    build();
    requestReload();
}

void LaddersPage::build()
{
    column()->addWidget(style::pageTitle(tr("Fear ladders"), this));
    column()->addWidget(style::secondary(
        tr("Your own asks, from the easiest rung to the hardest, each rated for the anxiety you expect. "
           "Practise a rung until it has lost its grip, then move up. The app suggests; you decide."),
        this));

    auto* top = new QHBoxLayout;
    m_ladders = new QComboBox(this);
    m_ladders->setAccessibleName(tr("Ladder"));
    m_ladders->setMinimumWidth(240);
    top->addWidget(m_ladders);
    auto* create = new QPushButton(tr("New ladder…"), this);
    auto* starter = new QPushButton(tr("Copy the starter ladder"), this);
    starter->setObjectName(QStringLiteral("copyStarterButton"));
    m_rename = new QPushButton(tr("Rename…"), this);
    m_delete = new QPushButton(tr("Delete ladder"), this);
    for (QPushButton* b : {create, starter, m_rename, m_delete})
        top->addWidget(b);
    top->addStretch();
    column()->addLayout(top);
    connect(m_ladders, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillRungs();
    });
    connect(create, &QPushButton::clicked, this, &LaddersPage::newLadder);
    connect(starter, &QPushButton::clicked, this, &LaddersPage::copyStarter);
    connect(m_rename, &QPushButton::clicked, this, &LaddersPage::renameLadder);
    connect(m_delete, &QPushButton::clicked, this, &LaddersPage::deleteLadder);

    m_undo = new UndoBar(this);
    column()->addWidget(m_undo);

    m_emptyBox = style::card(this);
    auto* empty = new QVBoxLayout(m_emptyBox);
    empty->setContentsMargins(style::kMargin, style::kMargin, style::kMargin, style::kMargin);
    auto* emptyText = new QLabel(tr("No ladders yet. Start from the 7-day program's kinds of ask and make "
                                    "the ratings your own, or build one from scratch."),
                                 m_emptyBox);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    empty->addWidget(emptyText);
    auto* emptyStarter = style::primaryButton(tr("Copy the starter ladder"), m_emptyBox);
    connect(emptyStarter, &QPushButton::clicked, this, &LaddersPage::copyStarter);
    empty->addWidget(emptyStarter, 0, Qt::AlignHCenter);
    column()->addWidget(m_emptyBox);

    m_ladderBox = new QWidget(this);
    auto* box = new QVBoxLayout(m_ladderBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(style::kInside);
    box->addWidget(style::secondary(tr("Highest rung on top. Drag a rung, or use Alt+Up and Alt+Down, to "
                                       "re-order; double-click to see its attempts."),
                                    m_ladderBox));
    m_rungs = new RungList(m_ladderBox);
    connect(m_rungs, &RungList::moveRequested, this, &LaddersPage::moveStep);
    connect(m_rungs, &RungList::deleteRequested, this, &LaddersPage::deleteSelectedStep);
    connect(m_rungs, &QListWidget::itemActivated, this, &LaddersPage::showDetails);
    box->addWidget(m_rungs, 1);

    auto* stepButtons = new QHBoxLayout;
    auto* tryIt = style::primaryButton(tr("Try this step"), m_ladderBox);
    tryIt->setObjectName(QStringLiteral("tryStepButton"));
    auto* details = new QPushButton(tr("Attempts and chart…"), m_ladderBox);
    auto* edit = new QPushButton(tr("Edit…"), m_ladderBox);
    auto* up = new QPushButton(tr("Move up"), m_ladderBox);
    auto* down = new QPushButton(tr("Move down"), m_ladderBox);
    auto* remove = new QPushButton(tr("Delete step"), m_ladderBox);
    for (QPushButton* b : {tryIt, details, edit, up, down, remove})
        stepButtons->addWidget(b);
    stepButtons->addStretch();
    box->addLayout(stepButtons);
    connect(tryIt, &QPushButton::clicked, this, [this] {
        if (auto step = selectedStep())
            emit startAttempt({std::nullopt, *step, std::nullopt});
    });
    connect(details, &QPushButton::clicked, this, &LaddersPage::showDetails);
    connect(edit, &QPushButton::clicked, this, &LaddersPage::editSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(remove, &QPushButton::clicked, this, &LaddersPage::deleteSelectedStep);

    auto* add = new QHBoxLayout;
    m_newText = new QLineEdit(m_ladderBox);
    m_newText->setPlaceholderText(tr("A new rung, e.g. Ask a shop assistant for their favourite item"));
    m_newText->setAccessibleName(tr("New step"));
    m_newRating = new QSpinBox(m_ladderBox);
    m_newRating->setRange(0, 10);
    m_newRating->setValue(5);
    m_newRating->setSuffix(tr(" / 10"));
    m_newRating->setAccessibleName(tr("Expected anxiety, 0 to 10"));
    m_newRating->setToolTip(tr("Expected anxiety: 0 = calm, 10 = the worst you can imagine"));
    auto* addButton = new QPushButton(tr("Add step"), m_ladderBox);
    add->addWidget(m_newText, 1);
    add->addWidget(m_newRating);
    add->addWidget(addButton);
    box->addLayout(add);
    m_addError = new QLabel(m_ladderBox);
    m_addError->setObjectName(QStringLiteral("addStepError"));
    style::markAsError(m_addError);
    m_addError->hide();
    box->addWidget(m_addError);
    connect(addButton, &QPushButton::clicked, this, [this] { addStep(m_newText->text(), m_newRating->value()); });
    connect(m_newText, &QLineEdit::returnPressed, this, [this] { addStep(m_newText->text(), m_newRating->value()); });
    column()->addWidget(m_ladderBox, 1);
}

void LaddersPage::reload()
{
    const auto current = currentLadder();
    m_filling = true;
    m_ladders->clear();
    for (const auto& l : core::LadderRepository(session().db(), session().clock()).list())
        m_ladders->addItem(qs(l.name), qs(l.id));
    if (current && m_ladders->findData(qs(*current)) >= 0)
        m_ladders->setCurrentIndex(m_ladders->findData(qs(*current)));
    m_filling = false;
    const bool any = m_ladders->count() > 0;
    m_emptyBox->setVisible(!any);
    m_ladderBox->setVisible(any);
    for (QWidget* w : {static_cast<QWidget*>(m_ladders), static_cast<QWidget*>(m_rename), static_cast<QWidget*>(m_delete)})
        w->setEnabled(any);
    fillRungs();
}

std::optional<std::string> LaddersPage::currentLadder() const
{
    const QString id = m_ladders->currentData().toString();
    return id.isEmpty() ? std::nullopt : std::optional(id.toStdString());
}

std::optional<std::string> LaddersPage::selectedStep() const
{
    return m_rungs->selectedStep();
}

void LaddersPage::selectLadder(const std::string& id)
{
    m_ladders->setCurrentIndex(m_ladders->findData(qs(id)));
}

void LaddersPage::fillRungs()
{
    const auto id = currentLadder();
    const auto ladder = id ? core::LadderRepository(session().db(), session().clock()).find(*id) : std::nullopt;
    m_rungs->showLadder(ladder ? std::optional(core::ladderView(*ladder, core::AttemptRepository(session().db(), session().clock()).summaries()))
                               : std::nullopt);
}

void LaddersPage::moveStep(const std::string& stepId, int rung)
{
    try {
        core::LadderRepository(session().db(), session().clock()).moveStep(stepId, rung);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Not moved"), QString::fromStdString(e.what()));
    }
    session().notifyChanged();
}

void LaddersPage::moveSelected(int rungs)
{
    const auto step = selectedStep();
    const int rung = m_rungs->rungOfRow(m_rungs->currentRow()) + rungs;
    if (step && rung >= 0 && rung < m_rungs->count())
        moveStep(*step, rung);
}

void LaddersPage::addStep(const QString& text, int rating)
{
    const auto ladder = currentLadder();
    if (!ladder)
        return;
    try {
        const std::string id = core::LadderRepository(session().db(), session().clock())
                                   .addStep(*ladder, {"", text.trimmed().toStdString(), rating});
        m_newText->clear();
        m_addError->hide();
        session().notifyChanged();
        for (int i = 0; i < m_rungs->count(); ++i)
            if (m_rungs->item(i)->data(RungList::StepIdRole).toString().toStdString() == id)
                m_rungs->setCurrentRow(i);
    } catch (const core::ValidationError& e) {
        // Said beside the field, not in a dialog: the user is mid-typing.
        m_addError->setText(e.field() == "text" ? tr("Write the ask first: a step needs a few words.")
                                                : tr("Step not added: %1").arg(QString::fromStdString(e.what())));
        m_addError->show();
        m_newText->setFocus();
    }
}

void LaddersPage::deleteSelectedStep()
{
    const auto step = selectedStep();
    if (!step)
        return;
    const core::DeletedStep deleted = core::LadderRepository(session().db(), session().clock()).removeStep(*step);
    session().notifyChanged();
    m_undo->offer(tr("Deleted the step “%1”; its attempts are kept.").arg(qs(deleted.step.text)), [this, deleted] {
        core::LadderRepository(session().db(), session().clock()).restoreStep(deleted);
        session().notifyChanged();
    });
}

void LaddersPage::copyStarter()
{
    const std::string id = core::LadderRepository(session().db(), session().clock()).add(core::starterLadder(tr("Starter ladder").toStdString()));
    session().notifyChanged();
    selectLadder(id);
}

void LaddersPage::newLadder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New ladder"), tr("What is this ladder about?"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        const std::string id = core::LadderRepository(session().db(), session().clock()).add({"", name.trimmed().toStdString(), "", {}});
        session().notifyChanged();
        selectLadder(id);
    } catch (const core::ValidationError&) {
        QMessageBox::warning(this, tr("No ladder created"), tr("A ladder needs a name, such as “Cafés” or “Parties”."));
    }
}

void LaddersPage::renameLadder()
{
    const auto id = currentLadder();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename ladder"), tr("New name:"), QLineEdit::Normal,
                                               m_ladders->currentText(), &ok);
    if (!ok)
        return;
    try {
        core::LadderRepository(session().db(), session().clock()).rename(*id, name.trimmed().toStdString());
        session().notifyChanged();
    } catch (const core::ValidationError&) {
        QMessageBox::warning(this, tr("Not renamed"), tr("A ladder needs a name."));
    }
}

void LaddersPage::deleteLadder()
{
    const auto id = currentLadder();
    if (!id)
        return;
    auto deleted = core::LadderRepository(session().db(), session().clock()).removeForUndo(*id);
    if (!deleted)
        return;
    session().notifyChanged();
    m_undo->offer(tr("Deleted the ladder “%1”; its attempts are kept.").arg(qs(deleted->ladder.name)),
                  [this, d = *deleted] {
                      core::LadderRepository(session().db(), session().clock()).restore(d);
                      session().notifyChanged();
                      selectLadder(d.ladder.id);
                  });
}

void LaddersPage::editSelected()
{
    const auto step = selectedStep();
    const auto ladder = currentLadder();
    if (!step || !ladder)
        return;
    const auto stored = core::LadderRepository(session().db(), session().clock()).find(*ladder);
    for (const auto& s : stored->steps)
        if (s.id == *step) {
            StepEditDialog dialog(s, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            try {
                core::LadderRepository(session().db(), session().clock()).editStep(*step, dialog.text(), dialog.rating());
                session().notifyChanged();
            } catch (const core::ValidationError&) {
                QMessageBox::warning(this, tr("Not changed"), tr("A step needs a few words."));
            }
            return;
        }
}

void LaddersPage::showDetails()
{
    const auto step = selectedStep();
    const auto ladder = currentLadder();
    if (!step || !ladder)
        return;
    auto* dialog = new StepDetailDialog(session(), *ladder, *step, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StepDetailDialog::tryStep, this, [this](const std::string& id) { emit startAttempt({std::nullopt, id, std::nullopt}); });
    dialog->open();
}

} // namespace askanyway::app
