#include "models/AttemptTableModel.h"

#include "common/Timestamp.h"

#include <QDateTime>
#include <QLocale>

namespace askanyway::app {
namespace {

QString whenText(const core::Attempt& a)
{
    const auto t = core::parseTimestamp(a.at);
    if (!t)
        return QString::fromStdString(a.at);
    const QDateTime when =
        QDateTime::fromSecsSinceEpoch(t->epoch, Qt::OffsetFromUTC, t->offsetMinutes * 60);
    return QLocale().toString(when, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString anxietyText(const core::Attempt& a)
{
    const QString predicted = QString::number(a.prediction.anxiety);
    if (!a.anxiety.peak)
        return AttemptTableModel::tr("expect %1 of 10").arg(predicted);
    return AttemptTableModel::tr("expected %1 → felt %2 of 10").arg(predicted).arg(*a.anxiety.peak);
}

} // namespace

AttemptTableModel::AttemptTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttemptTableModel::setAttempts(std::vector<core::Attempt> attempts)
{
    beginResetModel();
    m_attempts.assign(std::make_move_iterator(attempts.rbegin()),
                      std::make_move_iterator(attempts.rend()));
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
            return tr("%1 of 5").arg(a.difficulty);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Title && !a.reflection.learned.empty())
        return tr("Learned: %1").arg(QString::fromStdString(a.reflection.learned));
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
        return tr("Anxiety");
    case Difficulty:
        return tr("Difficulty");
    }
    return {};
}

} // namespace askanyway::app
