#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace askanyway::app {

class JournalSession;

// First run: two screens on what the practice is, then the pledge. Taking the pledge records it
// in the journal (and opens difficulty 4-5); "Not now" leaves them locked and says so.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    WelcomeDialog(JournalSession& session, QWidget* parent = nullptr, bool pledgeOnly = false);
    ~WelcomeDialog() override;

    void goToPage(int page);
    int page() const;

private:
    void takePledge();

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    JournalSession& m_session;
};

} // namespace askanyway::app
