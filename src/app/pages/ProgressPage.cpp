#include "pages/ProgressPage.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "charts/Charts.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderProgress.h"
#include "journal/LadderRepository.h"
#include "models/AttemptTableModel.h"
#include "widgets/CalendarHeatmap.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ProgressPage::ProgressPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    build();
    requestReload();
}

void ProgressPage::build()
{
    column()->addWidget(style::pageTitle(tr("Progress"), this));
    m_summary = style::secondary(QString(), this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    column()->addWidget(m_summary);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(style::kInside);
    m_range = new QComboBox(this);
    m_range->setAccessibleName(tr("Dates"));
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last 12 months"), 365);
    m_range->addItem(tr("All time"), 0);
    m_range->setCurrentIndex(3);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("Every kind of ask"), QString());
    const core::ChallengeCatalog catalog = session().practice().catalog();
    for (const auto& c : catalog.categories())
        m_category->addItem(qs(c.name), qs(c.id));
    m_ladder = new QComboBox(this);
    m_ladder->setAccessibleName(tr("Ladder"));
    auto* report = style::primaryButton(tr("Export report (PDF)…"), this);
    report->setToolTip(tr("A printable summary with the main charts and recent attempts, to share with a therapist"));
    filters->addWidget(m_range);
    filters->addWidget(m_category);
    filters->addWidget(m_ladder);
    filters->addStretch();
    filters->addWidget(report);
    column()->addLayout(filters);
    for (QComboBox* box : {m_range, m_category, m_ladder})
        connect(box, &QComboBox::activated, this, &ProgressPage::reload);
    connect(report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export progress report"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/askanyway-progress.pdf"),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !exportReport(path))
            QMessageBox::warning(this, tr("Not exported"), tr("The report could not be written to %1.").arg(path));
    });

    m_grid = new QGridLayout;
    m_grid->setSpacing(style::kBetween);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    column()->addLayout(m_grid);

    auto* calendarCard = style::card(this);
    auto* calendar = new QVBoxLayout(calendarCard);
    calendar->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
    calendar->addWidget(style::sectionTitle(tr("Practice days, the last twelve months"), calendarCard));
    m_calendar = new CalendarHeatmap(calendarCard);
    calendar->addWidget(m_calendar, 0, Qt::AlignLeft);
    calendar->addWidget(style::secondary(tr("Deeper colour: more asks that day. Outlined: a rest day."), calendarCard));
    column()->addWidget(calendarCard);

    m_stepBox = style::card(this);
    auto* step = new QVBoxLayout(m_stepBox);
    step->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(style::sectionTitle(tr("A ladder step over time"), m_stepBox), 1);
    m_step = new QComboBox(m_stepBox);
    m_step->setAccessibleName(tr("Ladder step"));
    m_step->setMinimumWidth(280);
    stepRow->addWidget(m_step);
    step->addLayout(stepRow);
    column()->addWidget(m_stepBox);
    connect(m_step, &QComboBox::activated, this, &ProgressPage::fillStepChart);
    column()->addStretch();
}

core::ProgressFilter ProgressPage::currentFilter()
{
    core::ProgressFilter f;
    if (const int days = m_range->currentData().toInt())
        f.fromDate = core::firstDateOfLast(days, session().clock().now());
    if (!m_category->currentData().toString().isEmpty())
        f.category = m_category->currentData().toString().toStdString();
    if (!m_ladder->currentData().toString().isEmpty())
        f.ladderId = m_ladder->currentData().toString().toStdString();
    return f;
}

void ProgressPage::addChartCard(const QString& name, QChart* chart, const QString& emptyText, int row, int col)
{
    auto* frame = style::card(this);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(style::kInside, style::kInside, style::kInside, style::kInside);
    if (!chart) {
        layout->addWidget(style::sectionTitle(name, frame));
        auto* empty = new QLabel(emptyText, frame);
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setMinimumHeight(180);
        layout->addWidget(empty);
        auto* go = new QPushButton(tr("Start an attempt"), frame);
        connect(go, &QPushButton::clicked, this, [this] { emit startAttempt({}); });
        layout->addWidget(go, 0, Qt::AlignHCenter);
    } else {
        QChartView* view = charts::view(chart, frame);
        view->setObjectName(QStringLiteral("chart:") + name);
        layout->addWidget(view, 1);
        auto* save = new QPushButton(tr("Save as PNG…"), frame);
        save->setAccessibleName(tr("Save %1 as PNG").arg(name));
        connect(save, &QPushButton::clicked, this, [this, view, name] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save chart"),
                QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/') + name + QStringLiteral(".png"),
                tr("PNG image (*.png)"));
            if (!path.isEmpty() && !saveChart(view, path))
                QMessageBox::warning(this, tr("Not saved"), tr("The chart could not be written to %1.").arg(path));
        });
        layout->addWidget(save, 0, Qt::AlignRight);
        m_views.push_back(view);
    }
    m_grid->addWidget(frame, row, col);
}

void ProgressPage::reload()
{
    // Ladders can come and go; keep the choice when it still exists.
    const QString ladder = m_ladder->currentData().toString();
    m_ladder->clear();
    m_ladder->addItem(tr("Every attempt, on a ladder or not"), QString());
    const auto ladders = core::LadderRepository(session().db(), session().clock()).list();
    for (const auto& l : ladders)
        m_ladder->addItem(tr("Ladder: %1").arg(qs(l.name)), qs(l.id));
    m_ladder->setCurrentIndex(std::max(0, m_ladder->findData(ladder)));

    m_series = core::computeProgress(session().db(), currentFilter(), core::localDate(session().clock().now()));
    if (m_series.asks == 0)
        m_summary->setText(tr("Nothing to chart in this range yet. Every ask you log adds a point, and "
                              "after a few weeks the lines start to tell a story."));
    else if (m_series.forecastError && *m_series.forecastError > 0.05)
        m_summary->setText(tr("Across %1 asks your forecast was, on average, %2 points gloomier than what you "
                              "actually felt. The fear predicts; the data answers.")
                               .arg(m_series.asks)
                               .arg(QString::number(*m_series.forecastError, 'f', 1)));
    else
        m_summary->setText(tr("%1 asks in this range. Each one is a data point your fear did not have before.").arg(m_series.asks));

    m_views.clear();
    style::clearLayout(m_grid);
    const QString none = tr("No asks in this range yet. Your first ask can be tiny.");
    addChartCard(tr("Anxiety over time"), charts::anxietyOverTime(m_series), none, 0, 0);
    addChartCard(tr("Forecast against felt anxiety"), charts::forecastVersusFelt(m_series), none, 0, 1);
    addChartCard(tr("Chance of a no"), charts::likelihoodVersusOutcome(m_series), none, 1, 0);
    addChartCard(tr("Asks per week"), charts::asksPerWeek(m_series), none, 1, 1);
    addChartCard(tr("Recovery time"), charts::recoveryOverTime(m_series),
                 tr("Recovery times appear once you note how many minutes it took to feel okay."), 2, 0);
    m_calendar->setDays(m_series.calendar);

    const QString step = m_step->currentData().toString();
    m_step->clear();
    for (const auto& l : ladders)
        for (const auto& s : l.steps)
            m_step->addItem(tr("%1 — %2").arg(qs(l.name), qs(s.text)), qs(s.id));
    m_stepBox->setVisible(m_step->count() > 0);
    m_step->setCurrentIndex(std::max(0, m_step->findData(step)));
    fillStepChart();
}

void ProgressPage::fillStepChart()
{
    auto* layout = static_cast<QVBoxLayout*>(m_stepBox->layout());
    while (layout->count() > 1) {
        QLayoutItem* item = layout->takeAt(1);
        if (QWidget* w = item->widget()) {
            std::erase(m_views, static_cast<QChartView*>(w));
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    const std::string stepId = m_step->currentData().toString().toStdString();
    if (stepId.empty())
        return;
    core::LadderRepository ladders(session().db(), session().clock());
    const auto ladderId = ladders.ladderOf(stepId);
    const auto ladder = ladderId ? ladders.find(*ladderId) : std::nullopt;
    if (!ladder)
        return;
    for (const auto& s : ladder->steps) {
        if (s.id != stepId)
            continue;
        const auto progress = core::stepProgress(s, core::AttemptRepository(session().db(), session().clock()).summaries());
        if (QChart* chart = charts::stepPeaks(progress)) {
            layout->addWidget(charts::view(chart, m_stepBox));
        } else {
            auto* empty = new QLabel(tr("No attempts at this step yet: try it from the Ladders page."), m_stepBox);
            empty->setAlignment(Qt::AlignCenter);
            empty->setMinimumHeight(80);
            layout->addWidget(empty);
        }
    }
}

bool ProgressPage::saveChart(QChartView* view, const QString& path)
{
    return view->grab().save(path, "PNG");
}

bool ProgressPage::exportReport(const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(tr("Ask Anyway — progress report"));
    pdf.setCreator(QStringLiteral("Ask Anyway"));
    QPainter p;
    if (!p.begin(&pdf))
        return false;
    const QRect page = p.viewport().adjusted(60, 60, -60, -60);
    int y = page.top();
    QFont heading = p.font();
    heading.setPointSizeF(18);
    heading.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);
    auto write = [&](const QString& text, const QFont& font, int gap = 12) {
        p.setFont(font);
        const QRect r = p.boundingRect(QRect(page.left(), y, page.width(), 2000), Qt::TextWordWrap, text);
        p.drawText(r, Qt::TextWordWrap, text);
        y = r.bottom() + gap;
    };
    const core::Progress& progress = session().progress();
    write(tr("Ask Anyway — progress report"), heading, 20);
    write(tr("Prepared %1 from a personal practice journal. Ask Anyway is a self-help practice tool, not "
             "therapy.").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)), body);
    write(m_summary->text(), body);
    write(tr("Asks in this range: %1. Level %2 with %3 points. Current streak %4 days, longest %5 days.")
              .arg(m_series.asks).arg(progress.level.level).arg(progress.points)
              .arg(progress.currentStreak).arg(progress.longestStreak), body, 24);

    // The main charts, two per row, rendered at print resolution.
    const int w = (page.width() - 30) / 2;
    const int h = w * 2 / 3;
    for (std::size_t i = 0; i < std::min<std::size_t>(m_views.size(), 4); ++i) {
        const QRect target(page.left() + static_cast<int>(i % 2) * (w + 30), y + static_cast<int>(i / 2) * (h + 30), w, h);
        m_views[i]->render(&p, target);
    }
    pdf.newPage();
    y = page.top();
    write(tr("Recent attempts"), heading, 16);
    const auto attempts = core::AttemptRepository(session().db(), session().clock()).recent(60);
    const int columns[] = {0, 330, 1000, 1230};
    p.setFont(bold);
    const QString headers[] = {tr("When"), tr("Ask"), tr("Outcome"), tr("Expected → felt")};
    for (int c = 0; c < 4; ++c)
        p.drawText(page.left() + columns[c], y, headers[c]);
    y += 40;
    p.setFont(body);
    int shown = 0;
    for (auto it = attempts.begin(); it != attempts.end() && shown < 30; ++it) {
        if (it->isPlan())
            continue;
        const QString cells[] = {AttemptTableModel::whenText(*it),
                                 p.fontMetrics().elidedText(qs(it->title), Qt::ElideRight, columns[2] - columns[1] - 20),
                                 AttemptTableModel::outcomeLabel(*it),
                                 it->anxiety.peak ? tr("%1 → %2").arg(it->prediction.anxiety).arg(*it->anxiety.peak)
                                                  : tr("%1 → —").arg(it->prediction.anxiety)};
        for (int c = 0; c < 4; ++c)
            p.drawText(page.left() + columns[c], y, cells[c]);
        y += 36;
        ++shown;
    }
    return p.end();
}

} // namespace askanyway::app
