#pragma once

#include "journal/LadderProgress.h"
#include "progress/Series.h"

#include <QString>

class QChart;
class QChartView;
class QWidget;

namespace askanyway::app::charts {

// Builders for the Progress page's charts. The series arrive computed by the core; these only
// turn them into Qt Charts objects with titles, labelled axes, legends, point tooltips and the
// palette's colours. Each returns nullptr when there is nothing to draw (the caller shows the
// empty state instead).
QChart* anxietyOverTime(const core::ProgressSeries& s);
QChart* likelihoodVersusOutcome(const core::ProgressSeries& s);
QChart* forecastVersusFelt(const core::ProgressSeries& s);
QChart* recoveryOverTime(const core::ProgressSeries& s);
QChart* asksPerWeek(const core::ProgressSeries& s);
QChart* stepPeaks(const core::StepProgress& step);

// A view over a chart, antialiased, with the palette applied to its text and background.
QChartView* view(QChart* chart, QWidget* parent);

} // namespace askanyway::app::charts
