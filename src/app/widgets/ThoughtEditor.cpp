#include "widgets/ThoughtEditor.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "cbt/Distortions.h"
#include "cbt/Reframes.h"
#include "common/Error.h"
#include "journal/AttemptRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "models/AttemptTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string text(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed().toStdString();
}

QPlainTextEdit* shortText(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(60);
    return edit;
}

QSpinBox* percent(const QString& name, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 100);
    spin->setSingleStep(5);
    spin->setSuffix(QStringLiteral(" %"));
    return spin;
}

} // namespace

ThoughtEditor::ThoughtEditor(JournalSession& session, QWidget* parent) : QFrame(parent), m_session(session)
{
    setObjectName(QStringLiteral("card"));
    auto* form = new QVBoxLayout(this);
    form->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
    form->setSpacing(style::kInside);
    m_editorTitle = style::sectionTitle(QString(), this);
    form->addWidget(m_editorTitle);
    auto* fields = new QFormLayout;
    fields->setSpacing(style::kInside);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_situation = shortText(QStringLiteral("situationEdit"), tr("Where, when, what happened — as a camera would see it"), this);
    fields->addRow(tr("1. &Situation"), m_situation);
    m_thought = new QLineEdit(this);
    m_thought->setObjectName(QStringLiteral("thoughtEdit"));
    m_thought->setPlaceholderText(tr("The thought that went through your mind, in its own words"));
    fields->addRow(tr("2. Automatic &thought"), m_thought);
    m_belief = percent(QStringLiteral("beliefSpin"), this);
    m_belief->setToolTip(tr("How much you believe the thought right now"));
    fields->addRow(tr("   How much you &believe it"), m_belief);
    form->addLayout(fields);

    auto* reframeBox = new QWidget(this);
    reframeBox->setObjectName(QStringLiteral("reframesBox"));
    m_reframes = new QVBoxLayout(reframeBox);
    m_reframes->setContentsMargins(0, 0, 0, 0);
    m_reframes->setSpacing(style::kInside);
    form->addWidget(reframeBox);
    connect(m_thought, &QLineEdit::textChanged, this, &ThoughtEditor::updateReframes);

    form->addWidget(new QLabel(tr("3. Emotions and how strong they are (0–100)"), this));
    m_emotions = new QTableWidget(0, 3, this);
    m_emotions->setObjectName(QStringLiteral("emotionsTable"));
    m_emotions->setHorizontalHeaderLabels({tr("Emotion"), tr("Intensity"), tr("Re-rated after")});
    m_emotions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_emotions->verticalHeader()->hide();
    m_emotions->setMaximumHeight(120);
    form->addWidget(m_emotions);
    auto* emotionButtons = new QHBoxLayout;
    auto* addEmotion = new QPushButton(tr("Add emotion"), this);
    addEmotion->setObjectName(QStringLiteral("addEmotionButton"));
    auto* removeEmotion = new QPushButton(tr("Remove emotion"), this);
    emotionButtons->addWidget(addEmotion);
    emotionButtons->addWidget(removeEmotion);
    emotionButtons->addStretch();
    form->addLayout(emotionButtons);
    connect(addEmotion, &QPushButton::clicked, this, [this] { addEmotionRow({"", 50, std::nullopt}); });
    connect(removeEmotion, &QPushButton::clicked, this, [this] {
        if (m_emotions->currentRow() >= 0)
            m_emotions->removeRow(m_emotions->currentRow());
    });

    form->addWidget(new QLabel(tr("4. Thinking traps you notice"), this));
    auto* traps = new QHBoxLayout;
    m_distortions = new QListWidget(this);
    m_distortions->setObjectName(QStringLiteral("distortionsList"));
    m_distortions->setMaximumHeight(150);
    for (const core::Distortion& d : core::distortions()) {
        auto* item = new QListWidgetItem(qs(d.name), m_distortions);
        item->setData(kIdRole, qs(d.id));
        item->setToolTip(qs(d.definition));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_distortions->setMouseTracking(true);
    // Fusion outlines check boxes a shade darker than the window colour, which vanishes on a
    // dark base; a mid-tone window role for this list keeps every box visible in both palettes.
    QPalette boxes = m_distortions->palette();
    boxes.setColor(QPalette::Window, boxes.color(QPalette::Mid).lighter(140));
    m_distortions->setPalette(boxes);
    traps->addWidget(m_distortions, 1);
    m_definition = style::secondary(tr("Point at a trap to read what it means."), this);
    m_definition->setObjectName(QStringLiteral("definitionLabel"));
    m_definition->setAlignment(Qt::AlignTop);
    m_definition->setMinimumWidth(200);
    traps->addWidget(m_definition, 1);
    form->addLayout(traps);
    connect(m_distortions, &QListWidget::currentItemChanged, this, &ThoughtEditor::showDefinition);
    connect(m_distortions, &QListWidget::itemEntered, this, [this](QListWidgetItem* item) { m_distortions->setCurrentItem(item); });

    auto* more = new QFormLayout;
    more->setSpacing(style::kInside);
    more->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_evidenceFor = shortText(QStringLiteral("evidenceForEdit"), tr("Facts that support the thought"), this);
    more->addRow(tr("5. Evidence &for"), m_evidenceFor);
    m_evidenceAgainst = shortText(QStringLiteral("evidenceAgainstEdit"), tr("Facts that don't fit it"), this);
    more->addRow(tr("6. Evidence &against"), m_evidenceAgainst);
    m_balanced = shortText(QStringLiteral("balancedEdit"), tr("A fairer way to put it, that takes both into account"), this);
    more->addRow(tr("7. Balanced t&hought"), m_balanced);
    m_balancedBelief = percent(QStringLiteral("balancedBeliefSpin"), this);
    more->addRow(tr("   How much you believe &that"), m_balancedBelief);
    m_attempt = new QComboBox(this);
    m_attempt->setObjectName(QStringLiteral("attemptCombo"));
    more->addRow(tr("Linked &attempt"), m_attempt);
    form->addLayout(more);
    form->addWidget(style::secondary(tr("Then re-rate your emotions in the table above."), this));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    style::markAsError(m_error);
    m_error->hide();
    form->addWidget(m_error);
    auto* save = style::primaryButton(tr("Save record"), this);
    save->setObjectName(QStringLiteral("saveRecordButton"));
    connect(save, &QPushButton::clicked, this, &ThoughtEditor::save);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(save);
    form->addLayout(saveRow);
}

void ThoughtEditor::fillAttempts()
{
    const QString current = m_attempt->currentData().toString();
    m_attempt->clear();
    m_attempt->addItem(tr("Not linked to an attempt"), QString());
    for (const auto& a : core::AttemptRepository(m_session.db(), m_session.clock()).recent(60))
        m_attempt->addItem(tr("%1 — %2").arg(AttemptTableModel::whenText(a), qs(a.title)), qs(a.id));
    // A record linked to an older attempt keeps its link visible.
    if (m_base.attemptId && m_attempt->findData(qs(*m_base.attemptId)) < 0)
        if (const auto linked = core::AttemptRepository(m_session.db(), m_session.clock()).find(*m_base.attemptId))
            m_attempt->addItem(tr("%1 — %2").arg(AttemptTableModel::whenText(*linked), qs(linked->title)), qs(linked->id));
    const QString wanted = m_base.attemptId ? qs(*m_base.attemptId) : current;
    m_attempt->setCurrentIndex(std::max(0, m_attempt->findData(wanted)));
}

void ThoughtEditor::addEmotionRow(const core::Emotion& e)
{
    const int row = m_emotions->rowCount();
    m_emotions->insertRow(row);
    m_emotions->setItem(row, 0, new QTableWidgetItem(qs(e.name)));
    auto* intensity = percent(QStringLiteral("intensity%1").arg(row), m_emotions);
    intensity->setValue(e.intensity);
    m_emotions->setCellWidget(row, 1, intensity);
    auto* rerated = percent(QStringLiteral("rerated%1").arg(row), m_emotions);
    rerated->setMinimum(-5);
    rerated->setSpecialValueText(tr("not yet"));
    rerated->setValue(e.rerated.value_or(-5));
    m_emotions->setCellWidget(row, 2, rerated);
    if (e.name.empty())
        m_emotions->editItem(m_emotions->item(row, 0));
}

void ThoughtEditor::open(const core::ThoughtRecord& r)
{
    m_base = r;
    m_editorTitle->setText(r.id.empty() ? tr("A new thought record") : tr("Thought record of %1").arg(qs(r.at.substr(0, 10))));
    m_situation->setPlainText(qs(r.situation));
    m_thought->setText(qs(r.automaticThought));
    m_belief->setValue(r.belief);
    m_emotions->setRowCount(0);
    for (const auto& e : r.emotions)
        addEmotionRow(e);
    for (int i = 0; i < m_distortions->count(); ++i) {
        auto* item = m_distortions->item(i);
        const std::string id = item->data(kIdRole).toString().toStdString();
        item->setCheckState(std::find(r.distortions.begin(), r.distortions.end(), id) != r.distortions.end() ? Qt::Checked
                                                                                                          : Qt::Unchecked);
    }
    m_evidenceFor->setPlainText(qs(r.evidenceFor));
    m_evidenceAgainst->setPlainText(qs(r.evidenceAgainst));
    m_balanced->setPlainText(qs(r.balancedThought));
    m_balancedBelief->setValue(r.balancedBelief.value_or(0));
    fillAttempts();
    m_error->hide();
    updateReframes();
    m_openedForm = record();
}

core::ThoughtRecord ThoughtEditor::record() const
{
    core::ThoughtRecord r = m_base;
    r.situation = text(m_situation);
    r.automaticThought = m_thought->text().trimmed().toStdString();
    r.belief = m_belief->value();
    r.emotions.clear();
    for (int row = 0; row < m_emotions->rowCount(); ++row) {
        const QTableWidgetItem* name = m_emotions->item(row, 0);
        const int intensity = static_cast<QSpinBox*>(m_emotions->cellWidget(row, 1))->value();
        const int rerated = static_cast<QSpinBox*>(m_emotions->cellWidget(row, 2))->value();
        r.emotions.push_back({name ? name->text().trimmed().toStdString() : std::string(), intensity,
                              rerated < 0 ? std::nullopt : std::optional(rerated)});
    }
    r.distortions.clear();
    for (int i = 0; i < m_distortions->count(); ++i)
        if (m_distortions->item(i)->checkState() == Qt::Checked)
            r.distortions.push_back(m_distortions->item(i)->data(kIdRole).toString().toStdString());
    r.evidenceFor = text(m_evidenceFor);
    r.evidenceAgainst = text(m_evidenceAgainst);
    r.balancedThought = text(m_balanced);
    r.balancedBelief = r.balancedThought.empty() ? std::nullopt : std::optional(m_balancedBelief->value());
    const QString attempt = m_attempt->currentData().toString();
    r.attemptId = attempt.isEmpty() ? std::nullopt : std::optional(attempt.toStdString());
    return r;
}

bool ThoughtEditor::save()
{
    core::ThoughtRecord r = record();
    core::ThoughtRecordRepository repo(m_session.db(), m_session.clock());
    try {
        if (r.id.empty())
            r.id = repo.add(r);
        else
            repo.update(r);
    } catch (const core::ValidationError& e) {
        QString where = QString::fromStdString(e.field());
        if (e.field() == "automatic_thought")
            where = tr("Automatic thought");
        else if (e.field().rfind("emotions[", 0) == 0)
            where = tr("Emotion %1").arg(QString::fromStdString(e.field().substr(9, e.field().find(']') - 9)).toInt() + 1);
        m_error->setText(tr("%1 — %2").arg(where, QString::fromStdString(e.message())));
        m_error->show();
        return false;
    }
    m_base = *repo.find(r.id);
    open(m_base);
    m_session.notifyChanged();
    return true;
}

void ThoughtEditor::updateReframes()
{
    style::clearLayout(m_reframes);
    for (const core::Reframe& r : core::matchingReframes(m_thought->text().toStdString())) {
        auto* frame = style::card(this);
        frame->setProperty("muted", true);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(style::kBetween, style::kInside, style::kBetween, style::kInside);
        auto* belief = new QLabel(tr("A common trap: “%1”").arg(qs(r.belief)), frame);
        QFont bold = belief->font();
        bold.setBold(true);
        belief->setFont(bold);
        layout->addWidget(belief);
        auto* reframe = new QLabel(qs(r.reframe), frame);
        reframe->setObjectName(QStringLiteral("reframe:") + qs(r.id));
        reframe->setWordWrap(true);
        layout->addWidget(reframe);
        m_reframes->addWidget(frame);
    }
}

void ThoughtEditor::showDefinition()
{
    const QListWidgetItem* item = m_distortions->currentItem();
    if (!item)
        return;
    if (const core::Distortion* d = core::findDistortion(item->data(kIdRole).toString().toStdString()))
        m_definition->setText(QStringLiteral("<b>%1</b><br>%2").arg(qs(d->name).toHtmlEscaped(), qs(d->definition).toHtmlEscaped()));
}

} // namespace askanyway::app
