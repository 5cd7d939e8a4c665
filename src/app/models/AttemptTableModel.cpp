#include "models/AttemptTableModel.h"

#include "AppStyle.h"
#include "common/Timestamp.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace askanyway::app {
namespace {

QString anxietyText(const core::Attempt& a)
{
    if (!a.anxiety.peak)
        return AttemptTableModel::tr("expected %1").arg(a.prediction.anxiety);
    return AttemptTableModel::tr("%1 → %2").arg(a.prediction.anxiety).arg(*a.anxiety.peak);
}

} // namespace

AttemptTableModel::AttemptTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttemptTableModel::setAttempts(std::vector<core::Attempt> oldestFirst)
{
    beginResetModel();
    m_attempts.assign(std::make_move_iterator(oldestFirst.rbegin()), std::make_move_iterator(oldestFirst.rend()));
    m_epochs.clear();
    m_epochs.reserve(m_attempts.size());
    for (const auto& a : m_attempts) {
        const auto t = core::parseTimestamp(a.at);
        m_epochs.push_back(t ? t->epoch : 0);
    }
    endResetModel();
}

int AttemptTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attempts.size());
}

int AttemptTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttemptTableModel::whenText(const core::Attempt& a)
{
    const auto t = core::parseTimestamp(a.at);
    if (!t)
        return QString::fromStdString(a.at);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(t->epoch, Qt::OffsetFromUTC, t->offsetMinutes * 60);
    return QLocale().toString(when, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString AttemptTableModel::outcomeLabel(const core::Attempt& a)
{
    if (!a.outcome)
        return tr("Planned");
    switch (*a.outcome) {
    case core::Outcome::No:
        return tr("No — you asked");
    case core::Outcome::Yes:
        return tr("Yes");
    case core::Outcome::Partial:
        return tr("Partly");
    case core::Outcome::Avoided:
        return tr("Not this time");
    }
    return {};
}

QVariant AttemptTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Attempt& a = attemptAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return whenText(a);
        case Title:
            return QString::fromStdString(a.title);
        case Outcome:
            return outcomeLabel(a);
        case Anxiety:
            return anxietyText(a);
        case Difficulty:
            return style::difficultyDots(a.difficulty);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case When:
            return m_epochs[static_cast<std::size_t>(index.row())];
        case Title:
            return QString::fromStdString(a.title).toLower();
        case Outcome:
            return a.outcome ? static_cast<int>(*a.outcome) : -1;
        case Anxiety:
            return a.anxiety.peak.value_or(a.prediction.anxiety);
        case Difficulty:
            return a.difficulty;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && a.outcome == core::Outcome::Avoided)
        return QBrush(QColor(0x8a, 0x86, 0x80)); // neutral grey: never shame
    if (role == Qt::ToolTipRole) {
        if (index.column() == Difficulty)
            return tr("Difficulty %1 of 5").arg(a.difficulty);
        if (index.column() == Anxiety)
            return tr("Expected %1/10%2").arg(a.prediction.anxiety).arg(a.anxiety.peak ? tr(", felt %1/10 at the peak").arg(*a.anxiety.peak) : QString());
        if (!a.reflection.learned.empty())
            return tr("Learned: %1").arg(QString::fromStdString(a.reflection.learned));
    }
    return {};
}

QVariant AttemptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Title:
        return tr("Ask");
    case Outcome:
        return tr("Outcome");
    case Anxiety:
        return tr("Anxiety: expected → felt");
    case Difficulty:
        return tr("Difficulty");
    }
    return {};
}

} // namespace askanyway::app
