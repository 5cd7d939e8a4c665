#include "dialogs/StepDialogs.h"

#include "AppStyle.h"
#include "charts/Charts.h"
#include "JournalSession.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderProgress.h"
#include "journal/LadderRepository.h"
#include "models/AttemptTableModel.h"
#include "widgets/AnxietySlider.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace askanyway::app {

StepEditDialog::StepEditDialog(const core::LadderStep& step, QWidget* parent)
    : QDialog(parent), m_text(new QLineEdit(QString::fromStdString(step.text), this)), m_rating(new AnxietySlider(this))
{
    setWindowTitle(tr("Edit step"));
    m_rating->setValue(step.rating);
    auto* form = new QFormLayout;
    form->setSpacing(style::kInside);
    form->addRow(tr("&The ask"), m_text);
    form->addRow(tr("&Expected anxiety"), m_rating);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::kMargin, style::kMargin, style::kMargin, style::kMargin);
    layout->setSpacing(style::kBetween);
    layout->addLayout(form);
    layout->addWidget(style::secondary(tr("Changing the rating keeps the step where it is on the ladder."), this));
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

std::string StepEditDialog::text() const
{
    return m_text->text().trimmed().toStdString();
}

int StepEditDialog::rating() const
{
    return m_rating->value();
}

StepDetailDialog::StepDetailDialog(JournalSession& session, const std::string& ladderId, const std::string& stepId,
                                   QWidget* parent)
    : QDialog(parent)
{
    const auto ladder = core::LadderRepository(session.db(), session.clock()).find(ladderId);
    core::LadderStep step;
    for (const auto& s : ladder->steps)
        if (s.id == stepId)
            step = s;
    const auto all = core::AttemptRepository(session.db(), session.clock()).summaries();
    const core::StepProgress progress = core::stepProgress(step, all);
    setWindowTitle(tr("Step: %1").arg(QString::fromStdString(step.text)));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(style::kMargin, style::kMargin, style::kMargin, style::kMargin);
    layout->setSpacing(style::kBetween);
    layout->addWidget(style::sectionTitle(QString::fromStdString(step.text), this));
    layout->addWidget(style::secondary(tr("Rated %1. %2")
                                           .arg(style::anxietyMeaning(step.rating),
                                                progress.ready ? tr("Ready to move up: the last two asks lost their grip.")
                                                               : tr("Not ready to move up yet.")),
                                       this));

    // Peak anxiety over repetitions, against the rung's rating: the Progress page's chart.
    if (QChart* chart = charts::stepPeaks(progress)) {
        QChartView* view = charts::view(chart, this);
        view->setMinimumHeight(280);
        layout->addWidget(view, 1);
    } else {
        auto* none = new QLabel(tr("No attempts at this step yet. The chart fills in as you practise it."), this);
        none->setAlignment(Qt::AlignCenter);
        layout->addWidget(none);
    }

    if (progress.predictedNo && progress.actualNo)
        layout->addWidget(new QLabel(
            tr("You predicted a no %1 % of the time on average; %2 % of these asks ended in a no. "
               "You expected anxiety of %3/10 and felt %4/10 at the peak.")
                .arg(qRound(*progress.predictedNo))
                .arg(qRound(*progress.actualNo))
                .arg(QString::number(progress.predictedAnxiety.value_or(0), 'f', 1))
                .arg(QString::number(progress.peakAnxiety.value_or(0), 'f', 1)),
            this));

    auto* table = new QTableWidget(0, 4, this);
    table->setHorizontalHeaderLabels({tr("When"), tr("Outcome"), tr("Expected → felt"), tr("Chance of a no")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const auto& a : all) {
        if (a.stepId != stepId)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(AttemptTableModel::whenText(a)));
        table->setItem(row, 1, new QTableWidgetItem(AttemptTableModel::outcomeLabel(a)));
        table->setItem(row, 2, new QTableWidgetItem(a.anxiety.peak ? tr("%1 → %2").arg(a.prediction.anxiety).arg(*a.anxiety.peak)
                                                                   : tr("%1 → —").arg(a.prediction.anxiety)));
        table->setItem(row, 3, new QTableWidgetItem(tr("%1 %").arg(a.prediction.noLikelihood)));
    }
    table->setMaximumHeight(160);
    layout->addWidget(table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* tryIt = style::primaryButton(tr("Try this step"), this);
    buttons->addButton(tryIt, QDialogButtonBox::ActionRole);
    connect(tryIt, &QPushButton::clicked, this, [this, stepId] {
        emit tryStep(stepId);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 620);
}

} // namespace askanyway::app
