#pragma once

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace askanyway::app {

class JournalSession;

// The optional daily reminder from a tray icon. When it is due (core::reminderDue) the tray shows
// a gentle message; where no tray is available the window's status bar says it instead. The
// chosen time lives in QSettings ("reminder/minute", -1 = off).
class TrayReminder : public QObject
{
    Q_OBJECT
public:
    TrayReminder(JournalSession& session, QWidget* window);

    static int savedMinute();
    void setMinute(int minuteOfDay); // -1 turns it off
    // Checks now; true if a reminder was given.
    bool check();
    // Where the reminder's choices live in the menus.
    QMenu* menu() const { return m_menu; }

signals:
    void openRequested();
    void attemptRequested();
    void fallbackMessage(const QString& text);

private:
    void updateTray();

    JournalSession& m_session;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QTimer m_timer;
};

} // namespace askanyway::app
