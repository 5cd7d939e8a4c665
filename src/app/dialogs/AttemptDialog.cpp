#include "dialogs/AttemptDialog.h"

#include "common/Error.h"
#include "journal/AttemptValidation.h"
#include "ui_AttemptDialog.h"

#include <QPushButton>

namespace askanyway::app {

AttemptDialog::AttemptDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AttemptDialog>())
{
    m_ui->setupUi(this);
    m_ui->outcomeCombo->addItem(tr("Not yet — save as a plan"), QString());
    m_ui->outcomeCombo->addItem(tr("They said no — and I asked anyway"), QStringLiteral("no"));
    m_ui->outcomeCombo->addItem(tr("They said yes"), QStringLiteral("yes"));
    m_ui->outcomeCombo->addItem(tr("Partly"), QStringLiteral("partial"));
    m_ui->outcomeCombo->addItem(tr("Not this time — I didn't ask"), QStringLiteral("avoided"));
    m_ui->outcomeCombo->setCurrentIndex(1);

    QPalette warning = m_ui->errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_ui->errorLabel->setPalette(warning);

    connect(m_ui->buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &AttemptDialog::trySave);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this,
            &AttemptDialog::updateAfterSection);
    updateAfterSection();
}

AttemptDialog::~AttemptDialog() = default;

void AttemptDialog::updateAfterSection()
{
    const bool done = !m_ui->outcomeCombo->currentData().toString().isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->beforeSpin), static_cast<QWidget*>(m_ui->peakSpin),
                       static_cast<QWidget*>(m_ui->afterSpin), static_cast<QWidget*>(m_ui->recoverySpin),
                       static_cast<QWidget*>(m_ui->learnedEdit)})
        w->setEnabled(done);
}

core::Attempt AttemptDialog::attempt() const
{
    core::Attempt a = m_base;
    a.title = m_ui->titleEdit->text().trimmed().toStdString();
    a.difficulty = m_ui->difficultySpin->value();
    a.prediction.expectation = m_ui->expectationEdit->text().trimmed().toStdString();
    a.prediction.noLikelihood = m_ui->likelihoodSpin->value();
    a.prediction.anxiety = m_ui->predictedSpin->value();
    a.prediction.worstOutcome = m_ui->worstEdit->text().trimmed().toStdString();
    a.outcome = core::parseOutcome(m_ui->outcomeCombo->currentData().toString().toStdString());
    if (a.outcome) {
        a.anxiety = {m_ui->beforeSpin->value(), m_ui->peakSpin->value(), m_ui->afterSpin->value()};
        a.recoveryMinutes = m_ui->recoverySpin->value();
        a.reflection.learned = m_ui->learnedEdit->toPlainText().trimmed().toStdString();
    } else {
        a.anxiety = {};
        a.recoveryMinutes.reset();
    }
    return a;
}

void AttemptDialog::setAttempt(const core::Attempt& a)
{
    m_base = a;
    m_ui->titleEdit->setText(QString::fromStdString(a.title));
    m_ui->difficultySpin->setValue(a.difficulty);
    m_ui->expectationEdit->setText(QString::fromStdString(a.prediction.expectation));
    m_ui->likelihoodSpin->setValue(a.prediction.noLikelihood);
    m_ui->predictedSpin->setValue(a.prediction.anxiety);
    m_ui->worstEdit->setText(QString::fromStdString(a.prediction.worstOutcome));
    const QString outcome = a.outcome ? QString::fromUtf8(core::toString(*a.outcome)) : QString();
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(outcome));
    m_ui->beforeSpin->setValue(a.anxiety.before.value_or(5));
    m_ui->peakSpin->setValue(a.anxiety.peak.value_or(5));
    m_ui->afterSpin->setValue(a.anxiety.after.value_or(3));
    m_ui->recoverySpin->setValue(a.recoveryMinutes.value_or(10));
    m_ui->learnedEdit->setPlainText(QString::fromStdString(a.reflection.learned));
}

void AttemptDialog::showError(const std::string& field, const QString& message)
{
    const std::pair<const char*, QWidget*> fields[] = {
        {"title", m_ui->titleEdit},           {"difficulty", m_ui->difficultySpin},
        {"prediction.expectation", m_ui->expectationEdit},
        {"prediction.no_likelihood", m_ui->likelihoodSpin},
        {"prediction.anxiety", m_ui->predictedSpin},
        {"prediction.worst_outcome", m_ui->worstEdit},
        {"anxiety.before", m_ui->beforeSpin}, {"anxiety.peak", m_ui->peakSpin},
        {"anxiety.after", m_ui->afterSpin},   {"recovery_minutes", m_ui->recoverySpin},
        {"reflection.learned", m_ui->learnedEdit}};
    QString name = QString::fromStdString(field);
    for (const auto& [key, widget] : fields) {
        if (field != key)
            continue;
        for (auto* label : findChildren<QLabel*>())
            if (label->buddy() == widget)
                name = label->text().remove(QLatin1Char('&'));
        widget->setFocus();
    }
    m_ui->errorLabel->setText(tr("%1 — %2").arg(name, message));
    m_ui->errorLabel->setVisible(true);
}

void AttemptDialog::trySave()
{
    try {
        core::validateAttempt(attempt());
    } catch (const core::ValidationError& e) {
        showError(e.field(), QString::fromStdString(e.message()));
        return;
    }
    m_ui->errorLabel->setVisible(false);
    accept();
}

} // namespace askanyway::app
