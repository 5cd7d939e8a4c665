#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace askanyway::app {

class AttemptDialog;
class AttemptTableModel;
class JournalSession;

// The app's window. For now one page: the journal of attempts, with the dialog that logs one.
// Later pages (Today, Program, Ladders…) join it in the stacked area.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(JournalSession& session, QWidget* parent = nullptr);

    QAction* logAction() const { return m_logAction; }
    AttemptTableModel* attemptModel() const { return m_model; }
    // The dialog opened by the last "Log an attempt", while it is open.
    AttemptDialog* openDialog() const;

    void reload();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildJournalPage();
    void logAttempt();
    void showAbout();
    void showNotTherapy();

    JournalSession& m_session;
    AttemptTableModel* m_model = nullptr;
    QStackedWidget* m_journalStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QAction* m_logAction = nullptr;
};

} // namespace askanyway::app
