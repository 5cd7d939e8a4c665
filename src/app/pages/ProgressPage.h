#pragma once

#include "pages/Page.h"
#include "progress/Series.h"

#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;

namespace askanyway::app {

class CalendarHeatmap;

// The charts that show, with the user's own data, that the forecast was gloomier than the day.
class ProgressPage : public Page
{
    Q_OBJECT
public:
    explicit ProgressPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Progress"); }
    void reload() override;

    core::ProgressFilter currentFilter();
    const std::vector<QChartView*>& chartViews() const { return m_views; }
    // Writes a PDF progress report (summary, main charts, recent attempts); false on failure.
    bool exportReport(const QString& path);
    bool saveChart(QChartView* view, const QString& path);

private:
    void build();
    void addChartCard(const QString& name, QChart* chart, const QString& emptyText, int row, int col);
    void fillStepChart();

    QComboBox* m_range = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_ladder = nullptr;
    QComboBox* m_step = nullptr;
    QLabel* m_summary = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_stepBox = nullptr;
    CalendarHeatmap* m_calendar = nullptr;
    std::vector<QChartView*> m_views;
    core::ProgressSeries m_series;
};

} // namespace askanyway::app
