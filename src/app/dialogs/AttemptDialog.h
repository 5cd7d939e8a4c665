#pragma once

#include "journal/Attempt.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

namespace Ui {
class AttemptDialog;
}

namespace askanyway::app {

class JournalSession;

// Where an attempt starts from: a program task, a suggestion, a ladder step, a plan to
// complete, or an attempt to edit.
struct AttemptStart
{
    std::optional<std::string> challengeId;
    std::optional<std::string> stepId;
    std::optional<core::Attempt> existing; // a plan to complete or an attempt to edit
};

// Before → what happened → reflect, in one dialog a nervous user can finish in a minute.
// Save writes to the journal at once through the core, which applies validation and the ethics
// rules; a refusal is shown in place, on the step where the field is, and nothing is written.
class AttemptDialog : public QDialog
{
    Q_OBJECT
public:
    AttemptDialog(JournalSession& session, const AttemptStart& start, QWidget* parent = nullptr);
    ~AttemptDialog() override;

    // The attempt as the form describes it; `asPlan` drops the outcome and what follows it.
    core::Attempt attempt(bool asPlan = false) const;
    int currentStep() const;
    void goToStep(int step);
    const std::string& savedId() const { return m_savedId; }
    // True when the form differs from what it opened with.
    bool hasChanges() const;

public slots:
    // Cancel, Escape or closing the window: unsaved words are never dropped without asking.
    void reject() override;

signals:
    // After a successful save; the attempt as stored.
    void saved(const core::Attempt& attempt);

private:
    void fillChallenges();
    void load(const core::Attempt& attempt);
    void challengeChanged();
    void outcomeChanged();
    void updateButtons();
    void next();
    void save(bool asPlan);
    void showError(const std::string& field, const QString& message);
    std::optional<core::Outcome> chosenOutcome() const;

    std::unique_ptr<Ui::AttemptDialog> m_ui;
    JournalSession& m_session;
    core::Attempt m_base; // keeps id, time, step and fields this form does not show
    core::Attempt m_opened; // the form as it opened, to tell whether anything would be lost
    std::string m_savedId;
    QString m_lastChallengeTitle;
};

} // namespace askanyway::app
