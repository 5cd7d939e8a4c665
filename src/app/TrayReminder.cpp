#include "TrayReminder.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "program/Reminder.h"
#include "progress/Stats.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

#include <algorithm>

namespace askanyway::app {

TrayReminder::TrayReminder(JournalSession& session, QWidget* window) : QObject(window), m_session(session)
{
    m_menu = new QMenu(tr("Daily &Reminder"), window);
    auto* group = new QActionGroup(this);
    const std::pair<QString, int> choices[] = {{tr("&Off"), -1},       {tr("At &9:00"), 9 * 60},   {tr("At &12:00"), 12 * 60},
                                               {tr("At &18:00"), 18 * 60}, {tr("At &20:00"), 20 * 60}};
    for (const auto& [label, minute] : choices) {
        QAction* a = m_menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(savedMinute() == minute);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, m = minute] { setMinute(m); });
    }
    connect(&m_timer, &QTimer::timeout, this, &TrayReminder::check);
    m_timer.start(60 * 1000);
    updateTray();
}

int TrayReminder::savedMinute()
{
    return QSettings().value(QStringLiteral("reminder/minute"), -1).toInt();
}

void TrayReminder::setMinute(int minuteOfDay)
{
    QSettings().setValue(QStringLiteral("reminder/minute"), minuteOfDay);
    updateTray();
}

void TrayReminder::updateTray()
{
    const bool wanted = savedMinute() >= 0 && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted && !m_tray) {
        m_tray = new QSystemTrayIcon(style::glyphIcon(QStringLiteral("?")), this);
        m_tray->setToolTip(tr("Ask Anyway"));
        auto* menu = new QMenu;
        menu->addAction(tr("Open Ask Anyway"), this, &TrayReminder::openRequested);
        menu->addAction(tr("Start an attempt"), this, &TrayReminder::attemptRequested);
        menu->addSeparator();
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayReminder::openRequested);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayReminder::openRequested);
    }
    if (m_tray)
        m_tray->setVisible(wanted);
}

bool TrayReminder::check()
{
    const int minute = savedMinute();
    if (minute < 0)
        return false;
    const core::Timestamp now = m_session.clock().now();
    const std::int64_t today = *core::parseDate(core::localDate(now));
    const auto practice = core::practiceDays(m_session.db());
    const auto rest = core::restDays(m_session.db());
    core::ReminderState state;
    state.minuteOfDay = minute;
    state.practisedOrRestingToday = std::find(practice.begin(), practice.end(), today) != practice.end() ||
                                    std::find(rest.begin(), rest.end(), today) != rest.end();
    const QString last = QSettings().value(QStringLiteral("reminder/last")).toString();
    if (!last.isEmpty())
        state.lastRemindedOn = last.toStdString();
    if (!core::reminderDue(now, state))
        return false;
    QSettings().setValue(QStringLiteral("reminder/last"), QString::fromStdString(core::localDate(now)));
    const int streak = m_session.progress().currentStreak;
    const QString text = streak > 0 ? tr("One small ask today keeps your %1-day streak going.").arg(streak)
                                    : tr("One small ask today — asking a stranger for the time counts.");
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("Ask Anyway"), text);
    else
        emit fallbackMessage(text);
    return true;
}

} // namespace askanyway::app
