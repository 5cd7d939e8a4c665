#include "charts/Charts.h"

#include "AppStyle.h"

#include <QApplication>
#include <cmath>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace askanyway::app::charts {
namespace {

const QColor kBefore(0x6c, 0x8e, 0xbf), kPeak(0xe7, 0x6f, 0x51), kAfter(0x2a, 0x9d, 0x8f);

// The mean lines take the text colour, so they stand out on a light or a dark background.
QColor meanColour()
{
    return QApplication::palette().color(QPalette::Text);
}

qreal msecs(const std::string& date)
{
    return static_cast<qreal>(QDate::fromString(QString::fromStdString(date), Qt::ISODate).startOfDay().toMSecsSinceEpoch());
}

QLineSeries* line(const QString& name, const QColor& colour, QChart* chart, bool dashed = false)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    QPen pen(colour, 2);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

// Tooltips on points: the date and the value, in words.
void explainPoints(QXYSeries* series, const QString& unit, bool dates = true)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, unit, dates](const QPointF& p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString when = dates ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x())).date(),
                                                        QStringLiteral("ddd d MMM yyyy"))
                                   : QObject::tr("repetition %1").arg(qRound(p.x()));
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 — %2: %3 %4").arg(series->name(), when)
                                                .arg(QString::number(p.y(), 'f', 1), unit));
    });
}

QDateTimeAxis* dateAxis(QChart* chart, qreal from, qreal to)
{
    auto* axis = new QDateTimeAxis(chart);
    axis->setTitleText(QObject::tr("Date"));
    axis->setFormat(QStringLiteral("d MMM"));
    axis->setTickCount(5);
    const qreal pad = std::max<qreal>(86400000.0, (to - from) * 0.02);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(from - pad)),
                   QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(to + pad)));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* valueAxis(QChart* chart, const QString& title, qreal from, qreal to, Qt::Alignment side = Qt::AlignLeft)
{
    auto* axis = new QValueAxis(chart);
    axis->setTitleText(title);
    axis->setRange(from, to);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(6);
    chart->addAxis(axis, side);
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

QChart* anxietyOverTime(const core::ProgressSeries& s)
{
    if (s.anxiety.empty())
        return nullptr;
    QChart* chart = newChart(s.anxietyPerDay ? QObject::tr("Anxiety over time (daily means)")
                                             : QObject::tr("Anxiety over time, ask by ask"));
    auto* before = line(QObject::tr("Before"), kBefore, chart);
    auto* peak = line(QObject::tr("Peak"), kPeak, chart);
    auto* after = line(QObject::tr("After"), kAfter, chart);
    auto* mean = line(QObject::tr("Peak, rolling mean of %1").arg(core::kRollingWindow), meanColour(), chart, true);
    mean->setPointsVisible(false);
    for (const auto& p : s.anxiety) {
        // Ask by ask, each point sits at its moment; daily means sit on their day.
        const qreal x = s.anxietyPerDay ? msecs(p.date) : static_cast<qreal>(p.epoch) * 1000.0;
        if (p.before)
            before->append(x, *p.before);
        if (p.peak)
            peak->append(x, *p.peak);
        if (p.after)
            after->append(x, *p.after);
        if (p.rollingPeak)
            mean->append(x, *p.rollingPeak);
    }
    const qreal from = s.anxietyPerDay ? msecs(s.anxiety.front().date) : static_cast<qreal>(s.anxiety.front().epoch) * 1000.0;
    const qreal to = s.anxietyPerDay ? msecs(s.anxiety.back().date) : static_cast<qreal>(s.anxiety.back().epoch) * 1000.0;
    auto* x = dateAxis(chart, from, to);
    auto* y = valueAxis(chart, QObject::tr("Anxiety (0–10)"), 0, 10);
    for (auto* series : {before, peak, after, mean}) {
        if (s.anxietyPerDay)
            series->setPointsVisible(false);
        attach(chart, series, x, y);
        explainPoints(series, QObject::tr("/ 10"));
    }
    return chart;
}

QChart* likelihoodVersusOutcome(const core::ProgressSeries& s)
{
    QChart* chart = newChart(QObject::tr("Chance of a no: forecast and outcome, weekly"));
    auto* predicted = line(QObject::tr("Forecast chance of a no"), kPeak, chart);
    auto* actual = line(QObject::tr("Share of asks that ended in no"), kAfter, chart);
    for (const auto& w : s.weeks) {
        if (w.predictedNo)
            predicted->append(msecs(w.weekStart), *w.predictedNo);
        if (w.shareNo)
            actual->append(msecs(w.weekStart), *w.shareNo);
    }
    if (predicted->count() == 0) {
        delete chart;
        return nullptr;
    }
    auto* x = dateAxis(chart, predicted->at(0).x(), predicted->at(predicted->count() - 1).x());
    x->setTitleText(QObject::tr("Week starting"));
    auto* y = valueAxis(chart, QObject::tr("Percent of asks"), 0, 100);
    for (auto* series : {predicted, actual}) {
        attach(chart, series, x, y);
        explainPoints(series, QStringLiteral("%"));
    }
    return chart;
}

QChart* forecastVersusFelt(const core::ProgressSeries& s)
{
    QChart* chart = newChart(QObject::tr("Forecast against felt anxiety, weekly"));
    auto* predicted = line(QObject::tr("Forecast anxiety"), kPeak, chart);
    auto* felt = line(QObject::tr("Felt at the peak"), kAfter, chart);
    for (const auto& w : s.weeks) {
        if (w.predictedAnxiety && w.peakAnxiety) {
            predicted->append(msecs(w.weekStart), *w.predictedAnxiety);
            felt->append(msecs(w.weekStart), *w.peakAnxiety);
        }
    }
    if (predicted->count() == 0) {
        delete chart;
        return nullptr;
    }
    auto* x = dateAxis(chart, predicted->at(0).x(), predicted->at(predicted->count() - 1).x());
    x->setTitleText(QObject::tr("Week starting"));
    auto* y = valueAxis(chart, QObject::tr("Anxiety (0–10)"), 0, 10);
    for (auto* series : {predicted, felt}) {
        attach(chart, series, x, y);
        explainPoints(series, QObject::tr("/ 10"));
    }
    return chart;
}

QChart* recoveryOverTime(const core::ProgressSeries& s)
{
    if (s.recovery.empty())
        return nullptr;
    QChart* chart = newChart(s.anxietyPerDay ? QObject::tr("Minutes until okay again (daily means)")
                                             : QObject::tr("Minutes until okay again"));
    auto* minutes = new QScatterSeries(chart);
    minutes->setName(s.anxietyPerDay ? QObject::tr("Recovery, daily mean") : QObject::tr("Recovery, ask by ask"));
    minutes->setMarkerSize(7);
    minutes->setColor(kBefore);
    minutes->setBorderColor(kBefore);
    auto* weekly = line(QObject::tr("Weekly mean"), meanColour(), chart);
    double most = 10;
    for (const auto& p : s.recovery) {
        minutes->append(static_cast<qreal>(p.epoch) * 1000.0, p.minutes);
        most = std::max(most, p.minutes);
    }
    for (const auto& w : s.weeks)
        if (w.recoveryMinutes)
            weekly->append(msecs(w.weekStart) + 3.5 * 86400000.0, *w.recoveryMinutes);
    if (s.anxietyPerDay)
        minutes->setMarkerSize(4);
    auto* x = dateAxis(chart, static_cast<qreal>(s.recovery.front().epoch) * 1000.0,
                       static_cast<qreal>(s.recovery.back().epoch) * 1000.0);
    auto* y = valueAxis(chart, QObject::tr("Minutes"), 0, std::ceil(most / 10.0) * 10.0);
    attach(chart, minutes, x, y);
    attach(chart, weekly, x, y);
    explainPoints(minutes, QObject::tr("min"));
    explainPoints(weekly, QObject::tr("min"));
    return chart;
}

QChart* asksPerWeek(const core::ProgressSeries& s)
{
    if (s.weeks.empty())
        return nullptr;
    QChart* chart = newChart(QObject::tr("Asks and no's survived, per week"));
    auto* asks = line(QObject::tr("Asks"), kBefore, chart);
    auto* nos = line(QObject::tr("No's survived"), kPeak, chart);
    int most = 1;
    for (const auto& w : s.weeks) {
        asks->append(msecs(w.weekStart), w.asks);
        nos->append(msecs(w.weekStart), w.nos);
        most = std::max(most, w.asks);
    }
    auto* x = dateAxis(chart, msecs(s.weeks.front().weekStart), msecs(s.weeks.back().weekStart));
    x->setTitleText(QObject::tr("Week starting"));
    auto* y = valueAxis(chart, QObject::tr("Count"), 0, std::max(5, most + 1));
    y->applyNiceNumbers(); // whole steps for counts
    for (auto* series : {asks, nos}) {
        attach(chart, series, x, y);
        explainPoints(series, QString());
    }
    return chart;
}

QChart* stepPeaks(const core::StepProgress& step)
{
    if (step.peaks.empty())
        return nullptr;
    QChart* chart = newChart(QObject::tr("“%1”: peak anxiety over repetitions").arg(QString::fromStdString(step.step.text)));
    auto* peaks = line(QObject::tr("Peak anxiety"), kPeak, chart);
    for (std::size_t i = 0; i < step.peaks.size(); ++i)
        peaks->append(static_cast<qreal>(i + 1), step.peaks[i]);
    auto* rating = line(QObject::tr("Step's rating"), meanColour(), chart, true);
    rating->setPointsVisible(false);
    const qreal last = std::max<qreal>(2, static_cast<qreal>(step.peaks.size()));
    rating->append(1, step.step.rating);
    rating->append(last, step.step.rating);
    auto* x = valueAxis(chart, QObject::tr("Repetition"), 1, last, Qt::AlignBottom);
    x->setTickCount(static_cast<int>(std::min<qreal>(last, 10)));
    auto* y = valueAxis(chart, QObject::tr("Anxiety (0–10)"), 0, 10);
    attach(chart, peaks, x, y);
    attach(chart, rating, x, y);
    explainPoints(peaks, QObject::tr("/ 10"), false);
    return chart;
}

QChartView* view(QChart* chart, QWidget* parent)
{
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    auto* v = new QChartView(chart, parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(260);
    return v;
}

} // namespace askanyway::app::charts
