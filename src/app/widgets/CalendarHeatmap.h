#pragma once

#include "progress/Series.h"

#include <QWidget>

namespace askanyway::app {

// A year of practice days as a grid of weeks (columns) by weekdays (rows): the more asks, the
// deeper the colour; rest days outlined. Each cell explains itself in a tooltip.
class CalendarHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarHeatmap(QWidget* parent = nullptr);

    void setDays(std::vector<core::CalendarDay> days);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int cellAt(const QPoint& pos) const;
    QRect cellRect(int index) const;

    std::vector<core::CalendarDay> m_days;
    int m_firstWeekday = 0; // 0 = Monday, of m_days.front()
};

} // namespace askanyway::app
