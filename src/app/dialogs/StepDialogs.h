#pragma once

#include "journal/Ladder.h"

#include <QDialog>

#include <string>

class QLineEdit;

namespace askanyway::app {

class AnxietySlider;
class JournalSession;

// Edit a rung: its words and the anxiety it is expected to bring.
class StepEditDialog : public QDialog
{
    Q_OBJECT
public:
    StepEditDialog(const core::LadderStep& step, QWidget* parent = nullptr);

    std::string text() const;
    int rating() const;

private:
    QLineEdit* m_text;
    AnxietySlider* m_rating;
};

// A rung's history: its attempts, a chart of the peak anxiety over repetitions with the rung's
// rating as a line, and how the predictions compared with what happened.
class StepDetailDialog : public QDialog
{
    Q_OBJECT
public:
    StepDetailDialog(JournalSession& session, const std::string& ladderId, const std::string& stepId,
                     QWidget* parent = nullptr);

signals:
    void tryStep(const std::string& stepId);
};

} // namespace askanyway::app
