#pragma once

#include "journal/ThoughtRecord.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace askanyway::app {

class JournalSession;

// One thought record, field by field in the worksheet's order, with the matching reframes shown
// while the automatic thought is typed and the thinking traps' definitions beside their list.
class ThoughtEditor : public QFrame
{
    Q_OBJECT
public:
    explicit ThoughtEditor(JournalSession& session, QWidget* parent = nullptr);

    void open(const core::ThoughtRecord& record);
    // The record as the form describes it.
    core::ThoughtRecord record() const;
    const core::ThoughtRecord& opened() const { return m_base; }
    // True when the form differs from what was opened (or last saved).
    bool hasChanges() const { return record() != m_openedForm; }
    // Saves through the core; false (with the problem shown by field) if it was refused.
    bool save();
    void fillAttempts();

private:
    void updateReframes();
    void addEmotionRow(const core::Emotion& emotion);
    void showDefinition();

    JournalSession& m_session;
    core::ThoughtRecord m_base;
    core::ThoughtRecord m_openedForm;
    QLabel* m_editorTitle = nullptr;
    QPlainTextEdit* m_situation = nullptr;
    QLineEdit* m_thought = nullptr;
    QSpinBox* m_belief = nullptr;
    QVBoxLayout* m_reframes = nullptr;
    QTableWidget* m_emotions = nullptr;
    QListWidget* m_distortions = nullptr;
    QLabel* m_definition = nullptr;
    QPlainTextEdit* m_evidenceFor = nullptr;
    QPlainTextEdit* m_evidenceAgainst = nullptr;
    QPlainTextEdit* m_balanced = nullptr;
    QSpinBox* m_balancedBelief = nullptr;
    QComboBox* m_attempt = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace askanyway::app
