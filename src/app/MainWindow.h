#pragma once

#include "journal/Attempt.h"
#include "journal/ThoughtRecord.h"

#include <QMainWindow>

#include <optional>
#include <string>

class QTimer;

#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace askanyway::app {

class AttemptDialog;
class AchievementsPage;
class JournalPage;
class LaddersPage;
class ProgressPage;
class ThoughtsPage;
class JournalSession;
class Page;
class ProgramPage;
class TodayPage;
class TrayReminder;
struct AttemptStart;

// The app's window: a sidebar of pages (Ctrl+1…), the pages in a stack, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex { TodayIndex, ProgramIndex, JournalIndex, LaddersIndex, ThoughtsIndex, ProgressIndex, AchievementsIndex };

    explicit MainWindow(JournalSession& session, QWidget* parent = nullptr);

    void showPage(int index);
    int currentPage() const;
    void startAttempt(const AttemptStart& start);
    // The attempt dialog while it is open.
    AttemptDialog* openDialog() const;
    void showWelcome(bool pledgeOnly = false);
    // Left open overnight, the window moves to the new day by itself: the next program day
    // opens, the streak and the forecast line update. Checked every minute; true on a new day.
    bool checkNewDay();

    QAction* newAttemptAction() const { return m_newAttempt; }
    QAction* undoAction() const { return m_undo; }
    TrayReminder* reminder() const { return m_reminder; }
    TodayPage* todayPage() const { return m_today; }
    ProgramPage* programPage() const { return m_program; }
    JournalPage* journalPage() const { return m_journal; }
    LaddersPage* laddersPage() const { return m_ladders; }
    ThoughtsPage* thoughtsPage() const { return m_thoughts; }
    ProgressPage* progressPage() const { return m_progress; }
    // The quiet offer of a thought record after a no that hurt; hidden otherwise.
    QWidget* offerBar() const { return m_offer; }
    // Opens the Thoughts page with a record prefilled from the offer.
    void acceptOffer();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildOfferBar();
    void attemptSaved(const core::Attempt& attempt);
    QWidget* buildSidebar();
    void refreshSummary();
    void exportJournal();
    void importJournal();
    void restoreBackup();
    void showAbout();
    void showNotTherapy();

    JournalSession& m_session;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_summary = nullptr;
    std::vector<Page*> m_pages;
    TodayPage* m_today = nullptr;
    ProgramPage* m_program = nullptr;
    JournalPage* m_journal = nullptr;
    LaddersPage* m_ladders = nullptr;
    ThoughtsPage* m_thoughts = nullptr;
    ProgressPage* m_progress = nullptr;
    AchievementsPage* m_achievements = nullptr;
    QWidget* m_offer = nullptr;
    std::optional<core::ThoughtRecord> m_offered;
    QAction* m_newAttempt = nullptr;
    QAction* m_undo = nullptr;
    TrayReminder* m_reminder = nullptr;
    std::string m_shownDay;
    QTimer* m_dayTimer = nullptr;
};

} // namespace askanyway::app
