#pragma once

#include "journal/Attempt.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AttemptDialog;
}

namespace askanyway::app {

// Before / what happened / what I learned for one attempt. Checks the values with the core's
// own validator when Save is pressed and stays open, pointing at the field, if one is wrong.
class AttemptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttemptDialog(QWidget* parent = nullptr);
    ~AttemptDialog() override;

    // The attempt as the form describes it; without an outcome it is a plan.
    core::Attempt attempt() const;
    void setAttempt(const core::Attempt& attempt);

    // Shows a problem with `field` (an interchange field name) under the form and focuses it.
    void showError(const std::string& field, const QString& message);

private:
    void trySave();
    void updateAfterSection();

    std::unique_ptr<Ui::AttemptDialog> m_ui;
    core::Attempt m_base; // keeps id, time and fields this form does not show
};

} // namespace askanyway::app
