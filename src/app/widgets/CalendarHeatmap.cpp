#include "widgets/CalendarHeatmap.h"

#include <QDate>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace askanyway::app {
namespace {

constexpr int kCell = 12;
constexpr int kGap = 3;
constexpr int kLeft = 30;
constexpr int kTop = 18;

} // namespace

CalendarHeatmap::CalendarHeatmap(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Calendar of practice days"));
}

void CalendarHeatmap::setDays(std::vector<core::CalendarDay> days)
{
    m_days = std::move(days);
    m_firstWeekday = m_days.empty() ? 0 : QDate::fromString(QString::fromStdString(m_days.front().date), Qt::ISODate).dayOfWeek() - 1;
    int practised = 0;
    for (const auto& d : m_days)
        practised += d.asks > 0 ? 1 : 0;
    setAccessibleDescription(tr("%1 practice days in the last year").arg(practised));
    updateGeometry();
    update();
}

QSize CalendarHeatmap::sizeHint() const
{
    const int weeks = (static_cast<int>(m_days.size()) + m_firstWeekday + 6) / 7;
    return {kLeft + weeks * (kCell + kGap), kTop + 7 * (kCell + kGap) + 4};
}

QRect CalendarHeatmap::cellRect(int index) const
{
    const int slot = index + m_firstWeekday;
    return {kLeft + (slot / 7) * (kCell + kGap), kTop + (slot % 7) * (kCell + kGap), kCell, kCell};
}

int CalendarHeatmap::cellAt(const QPoint& pos) const
{
    for (int i = 0; i < static_cast<int>(m_days.size()); ++i)
        if (cellRect(i).adjusted(-1, -1, 1, 1).contains(pos))
            return i;
    return -1;
}

void CalendarHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::PlaceholderText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    const QString weekdays[] = {tr("Mon"), QString(), tr("Wed"), QString(), tr("Fri"), QString(), QString()};
    for (int d = 0; d < 7; ++d)
        p.drawText(QRect(0, kTop + d * (kCell + kGap) - 2, kLeft - 4, kCell + 4), Qt::AlignRight | Qt::AlignVCenter, weekdays[d]);
    const QColor accent(0x2a, 0x9d, 0x8f);
    int lastMonth = -1;
    for (int i = 0; i < static_cast<int>(m_days.size()); ++i) {
        const auto& day = m_days[static_cast<std::size_t>(i)];
        const QDate date = QDate::fromString(QString::fromStdString(day.date), Qt::ISODate);
        const QRect r = cellRect(i);
        if (date.month() != lastMonth && date.day() <= 7) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QPoint(r.left(), kTop - 5), QLocale().monthName(date.month(), QLocale::ShortFormat));
            lastMonth = date.month();
        }
        QColor fill = pal.color(QPalette::Midlight);
        if (day.asks > 0) {
            fill = accent;
            fill.setAlphaF(static_cast<float>(std::min(1.0, 0.35 + 0.2 * day.asks)));
        }
        p.setPen(day.rest ? QPen(accent, 1.5) : Qt::NoPen);
        p.setBrush(day.rest && day.asks == 0 ? pal.color(QPalette::Base) : fill);
        p.drawRoundedRect(r, 2, 2);
    }
}

bool CalendarHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = cellAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const auto& day = m_days[static_cast<std::size_t>(i)];
        const QString date = QLocale().toString(QDate::fromString(QString::fromStdString(day.date), Qt::ISODate), QStringLiteral("dddd d MMMM yyyy"));
        QString what = day.asks == 0 ? tr("no asks") : day.asks == 1 ? tr("1 ask") : tr("%1 asks").arg(day.asks);
        if (day.rest)
            what += tr(", a rest day");
        QToolTip::showText(help->globalPos(), QStringLiteral("%1: %2").arg(date, what), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace askanyway::app
