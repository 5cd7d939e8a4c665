#include "dialogs/AttemptDialog.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "common/Error.h"
#include "journal/LadderRepository.h"
#include "program/ChallengeCatalog.h"
#include "ui_AttemptDialog.h"

#include <QButtonGroup>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStyle>

namespace askanyway::app {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string trimmed(const QString& s)
{
    return s.trimmed().toStdString();
}

} // namespace

AttemptDialog::AttemptDialog(JournalSession& session, const AttemptStart& start, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AttemptDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->stepLabel->setFont(style::sectionTitle(QString(), this)->font());
    m_ui->stepHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->howToLabel->setForegroundRole(QPalette::PlaceholderText);
    style::markAsError(m_ui->errorLabel);

    auto* outcomes = new QButtonGroup(this);
    for (QPushButton* b : {m_ui->noButton, m_ui->yesButton, m_ui->partialButton, m_ui->avoidedButton})
        outcomes->addButton(b);
    connect(outcomes, &QButtonGroup::buttonToggled, this, &AttemptDialog::outcomeChanged);

    fillChallenges();
    connect(m_ui->challengeCombo, &QComboBox::currentIndexChanged, this, &AttemptDialog::challengeChanged);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { goToStep(currentStep() - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &AttemptDialog::next);
    connect(m_ui->planButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(false); });

    if (start.existing) {
        load(*start.existing);
    } else {
        m_base.stepId = start.stepId;
        if (start.stepId) {
            // An attempt at a ladder rung starts with the rung's words as the ask.
            core::LadderRepository ladders(session.db(), session.clock());
            const auto ladderId = ladders.ladderOf(*start.stepId);
            const auto ladder = ladderId ? ladders.find(*ladderId) : std::nullopt;
            for (const auto& step : ladder ? ladder->steps : std::vector<core::LadderStep>{})
                if (step.id == *start.stepId)
                    m_ui->titleEdit->setText(qs(step.text));
        }
        if (start.challengeId) {
            const int index = m_ui->challengeCombo->findData(qs(*start.challengeId));
            auto* model = qobject_cast<QStandardItemModel*>(m_ui->challengeCombo->model());
            if (index >= 0 && model->item(index)->isEnabled())
                m_ui->challengeCombo->setCurrentIndex(index);
            else if (index >= 0)
                showError("challenge_id", tr("this ask opens after the practice pledge (Help ▸ Welcome and Pledge)."));
        }
    }
    challengeChanged();
    outcomeChanged();
    // A plan comes back to be completed: it opens at "what happened".
    goToStep(start.existing && start.existing->isPlan() && !start.existing->id.empty() ? 1 : 0);
    setWindowTitle(start.existing && !start.existing->isPlan() ? tr("Edit attempt") : tr("Log an attempt"));
    m_opened = attempt();
}

bool AttemptDialog::hasChanges() const
{
    return m_savedId.empty() && attempt() != m_opened;
}

void AttemptDialog::reject()
{
    if (hasChanges()) {
        QMessageBox ask(QMessageBox::Question, tr("Discard this attempt?"),
                        tr("What you wrote here has not been saved. Save it as a plan instead, and you can "
                           "finish it later."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("discardQuestion"));
        QPushButton* plan = ask.addButton(tr("Save as plan"), QMessageBox::AcceptRole);
        QPushButton* discard = ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        ask.addButton(tr("Keep editing"), QMessageBox::RejectRole);
        ask.exec();
        if (ask.clickedButton() == plan) {
            save(true);
            return;
        }
        if (ask.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

AttemptDialog::~AttemptDialog() = default;

void AttemptDialog::fillChallenges()
{
    const core::ChallengeCatalog catalog = m_session.practice().catalog();
    const bool pledge = m_session.practice().pledgeAccepted();
    auto* combo = m_ui->challengeCombo;
    combo->addItem(tr("My own ask"), QString());
    std::vector<core::Challenge> sorted = catalog.challenges();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.difficulty < b.difficulty; });
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    for (const core::Challenge& c : sorted) {
        const bool locked = c.difficulty >= core::kPledgeDifficulty && !pledge;
        combo->addItem(QStringLiteral("%1  %2%3")
                           .arg(style::difficultyDots(c.difficulty), qs(c.title),
                                locked ? tr(" — opens after the pledge") : QString()),
                       qs(c.id));
        if (locked)
            model->item(combo->count() - 1)->setEnabled(false);
    }
}

void AttemptDialog::load(const core::Attempt& a)
{
    m_base = a;
    if (a.challengeId)
        m_ui->challengeCombo->setCurrentIndex(std::max(0, m_ui->challengeCombo->findData(qs(*a.challengeId))));
    m_ui->titleEdit->setText(qs(a.title));
    m_lastChallengeTitle = qs(a.title);
    m_ui->difficultySpin->setValue(a.difficulty);
    m_ui->expectationEdit->setText(qs(a.prediction.expectation));
    m_ui->likelihoodSlider->setValue(a.prediction.noLikelihood);
    m_ui->predictedSlider->setValue(a.prediction.anxiety);
    m_ui->worstEdit->setText(qs(a.prediction.worstOutcome));
    QStringList tags;
    for (const auto& t : a.tags)
        tags << qs(t);
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
    m_ui->personEdit->setText(qs(a.person.value_or("")));
    if (a.outcome) {
        QPushButton* buttons[] = {m_ui->noButton, m_ui->yesButton, m_ui->partialButton, m_ui->avoidedButton};
        buttons[static_cast<int>(*a.outcome)]->setChecked(true);
    }
    m_ui->beforeSlider->setValue(a.anxiety.before.value_or(a.prediction.anxiety));
    m_ui->peakSlider->setValue(a.anxiety.peak.value_or(a.prediction.anxiety));
    m_ui->afterSlider->setValue(a.anxiety.after.value_or(3));
    m_ui->recoverySpin->setValue(a.recoveryMinutes.value_or(10));
    m_ui->predictedEdit->setPlainText(qs(a.reflection.predicted));
    m_ui->happenedEdit->setPlainText(qs(a.reflection.happened));
    m_ui->feltEdit->setPlainText(qs(a.reflection.felt));
    m_ui->learnedEdit->setPlainText(qs(a.reflection.learned));
    m_ui->gracefulCheck->setChecked(a.acceptedGracefully.value_or(true));
}

void AttemptDialog::challengeChanged()
{
    const std::string id = m_ui->challengeCombo->currentData().toString().toStdString();
    const core::ChallengeCatalog catalog = m_session.practice().catalog();
    const core::Challenge* c = id.empty() ? nullptr : catalog.find(id);
    m_ui->howToLabel->setVisible(c);
    m_ui->howToSpacer->setVisible(c);
    m_ui->howToLabel->setText(c ? qs(c->howTo) : QString());
    m_ui->difficultySpin->setEnabled(!c);
    if (c) {
        m_ui->difficultySpin->setValue(c->difficulty);
        // Follow the challenge's title unless the user wrote their own.
        if (m_ui->titleEdit->text().isEmpty() || m_ui->titleEdit->text() == m_lastChallengeTitle)
            m_ui->titleEdit->setText(qs(c->title));
        m_lastChallengeTitle = qs(c->title);
    }
    // The nickname is for romantic asks only; the core's guard decides what it may be used for.
    const bool romantic = c && catalog.isRomantic(c->category);
    m_ui->personLabel->setVisible(romantic);
    m_ui->personEdit->setVisible(romantic);
}

std::optional<core::Outcome> AttemptDialog::chosenOutcome() const
{
    if (m_ui->noButton->isChecked())
        return core::Outcome::No;
    if (m_ui->yesButton->isChecked())
        return core::Outcome::Yes;
    if (m_ui->partialButton->isChecked())
        return core::Outcome::Partial;
    if (m_ui->avoidedButton->isChecked())
        return core::Outcome::Avoided;
    return std::nullopt;
}

void AttemptDialog::outcomeChanged()
{
    const auto outcome = chosenOutcome();
    QString note;
    if (outcome == core::Outcome::No)
        note = tr("You asked. That's the practice — the no is the part you are training for.");
    else if (outcome == core::Outcome::Avoided)
        note = tr("Not this time. Noticing that you held back is useful data too; a smaller step may help.");
    else if (outcome)
        note = tr("You asked, and it went your way. Notice how it compared with the forecast.");
    m_ui->outcomeNote->setText(note);
    m_ui->gracefulCheck->setVisible(outcome == core::Outcome::No);
    m_ui->gracefulSpacer->setVisible(outcome == core::Outcome::No);
}

int AttemptDialog::currentStep() const
{
    return m_ui->stack->currentIndex();
}

void AttemptDialog::goToStep(int step)
{
    step = std::clamp(step, 0, 2);
    m_ui->stack->setCurrentIndex(step);
    static const char* const titles[] = {QT_TR_NOOP("Step 1 of 3 — Before you ask"),
                                         QT_TR_NOOP("Step 2 of 3 — What happened"),
                                         QT_TR_NOOP("Step 3 of 3 — Reflect")};
    static const char* const hints[] = {
        QT_TR_NOOP("Write down the forecast your mind is making. You can save it as a plan now and finish it afterwards."),
        QT_TR_NOOP("Rate how it really felt: 0 = calm, 10 = the worst you can imagine."),
        QT_TR_NOOP("A few words each. Comparing the forecast with what happened is where the learning is.")};
    m_ui->stepLabel->setText(tr(titles[step]));
    m_ui->stepHint->setText(tr(hints[step]));
    updateButtons();
}

void AttemptDialog::updateButtons()
{
    const int step = currentStep();
    m_ui->backButton->setVisible(step > 0);
    m_ui->planButton->setVisible(step == 0);
    m_ui->nextButton->setVisible(step < 2);
    m_ui->saveButton->setVisible(step > 0);
    m_ui->nextButton->setDefault(step < 2);
    m_ui->saveButton->setDefault(step == 2);
    // One primary action per step: "Next" before asking, "Save" once there is something to save.
    m_ui->nextButton->setProperty("primary", step == 0);
    m_ui->nextButton->style()->unpolish(m_ui->nextButton);
    m_ui->nextButton->style()->polish(m_ui->nextButton);
}

void AttemptDialog::next()
{
    if (currentStep() == 1 && !chosenOutcome()) {
        showError("outcome", tr("choose what happened, or go back and save this as a plan."));
        return;
    }
    m_ui->errorLabel->hide();
    goToStep(currentStep() + 1);
}

core::Attempt AttemptDialog::attempt(bool asPlan) const
{
    core::Attempt a = m_base;
    const QString id = m_ui->challengeCombo->currentData().toString();
    a.challengeId = id.isEmpty() ? std::nullopt : std::optional(id.toStdString());
    a.title = trimmed(m_ui->titleEdit->text());
    a.difficulty = m_ui->difficultySpin->value();
    a.prediction.expectation = trimmed(m_ui->expectationEdit->text());
    a.prediction.noLikelihood = m_ui->likelihoodSlider->value();
    a.prediction.anxiety = m_ui->predictedSlider->value();
    a.prediction.worstOutcome = trimmed(m_ui->worstEdit->text());
    a.tags.clear();
    for (const QString& tag : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            a.tags.push_back(trimmed(tag));
    a.person = m_ui->personEdit->isVisibleTo(this) && !m_ui->personEdit->text().trimmed().isEmpty()
                   ? std::optional(trimmed(m_ui->personEdit->text()))
                   : std::nullopt;
    a.outcome = asPlan ? std::nullopt : chosenOutcome();
    if (a.outcome) {
        a.anxiety = {m_ui->beforeSlider->value(), m_ui->peakSlider->value(), m_ui->afterSlider->value()};
        a.recoveryMinutes = m_ui->recoverySpin->value();
        a.reflection = {trimmed(m_ui->predictedEdit->toPlainText()), trimmed(m_ui->happenedEdit->toPlainText()),
                        trimmed(m_ui->feltEdit->toPlainText()), trimmed(m_ui->learnedEdit->toPlainText())};
        a.acceptedGracefully = a.outcome == core::Outcome::No ? std::optional(m_ui->gracefulCheck->isChecked())
                                                             : std::nullopt;
    } else {
        a.anxiety = {};
        a.recoveryMinutes.reset();
        a.acceptedGracefully.reset();
    }
    return a;
}

void AttemptDialog::save(bool asPlan)
{
    if (!asPlan && !chosenOutcome()) {
        goToStep(1);
        showError("outcome", tr("choose what happened, or go back and save this as a plan."));
        return;
    }
    core::Attempt a = attempt(asPlan);
    try {
        core::Practice practice = m_session.practice();
        if (a.id.empty())
            a.id = practice.logAttempt(a);
        else
            practice.updateAttempt(a);
    } catch (const core::ValidationError& e) {
        showError(e.field(), QString::fromStdString(e.message()));
        return;
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The attempt could not be saved, and the journal is unchanged.\n\n%1")
                                 .arg(QString::fromStdString(e.what())));
        return;
    }
    m_savedId = a.id;
    m_session.notifyChanged();
    emit saved(a);
    accept();
}

void AttemptDialog::showError(const std::string& field, const QString& message)
{
    struct Place
    {
        const char* prefix;
        int step;
        QWidget* widget;
    };
    const Place places[] = {
        {"title", 0, m_ui->titleEdit},           {"challenge_id", 0, m_ui->challengeCombo},
        {"difficulty", 0, m_ui->difficultySpin}, {"prediction.expectation", 0, m_ui->expectationEdit},
        {"prediction.no_likelihood", 0, m_ui->likelihoodSlider},
        {"prediction.anxiety", 0, m_ui->predictedSlider},
        {"prediction.worst_outcome", 0, m_ui->worstEdit}, {"tags", 0, m_ui->tagsEdit},
        {"person", 0, m_ui->personEdit},        {"outcome", 1, m_ui->noButton},
        {"anxiety.before", 1, m_ui->beforeSlider}, {"anxiety.peak", 1, m_ui->peakSlider},
        {"anxiety.after", 1, m_ui->afterSlider}, {"recovery_minutes", 1, m_ui->recoverySpin},
        {"reflection.predicted", 2, m_ui->predictedEdit}, {"reflection.happened", 2, m_ui->happenedEdit},
        {"reflection.felt", 2, m_ui->feltEdit},  {"reflection.learned", 2, m_ui->learnedEdit},
    };
    QString name = QString::fromStdString(field);
    for (const Place& p : places) {
        if (field.rfind(p.prefix, 0) != 0)
            continue;
        goToStep(p.step);
        for (auto* label : findChildren<QLabel*>())
            if (label->buddy() == p.widget)
                name = label->text().remove(QLatin1Char('&'));
        if (field == "outcome")
            name = tr("What happened");
        p.widget->setFocus();
        break;
    }
    m_ui->errorLabel->setText(tr("%1 — %2").arg(name, message));
    m_ui->errorLabel->show();
}

} // namespace askanyway::app
