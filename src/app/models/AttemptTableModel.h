#pragma once

#include "journal/Attempt.h"

#include <QAbstractTableModel>

#include <vector>

namespace askanyway::app {

// Attempts as rows, newest first, over values the core returned. Qt::UserRole holds a sort key
// for each column (time, text, outcome, anxiety, difficulty).
class AttemptTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Title, Outcome, Anxiety, Difficulty, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit AttemptTableModel(QObject* parent = nullptr);

    void setAttempts(std::vector<core::Attempt> oldestFirst);
    const core::Attempt& attemptAt(int row) const { return m_attempts.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString outcomeLabel(const core::Attempt& attempt);
    static QString whenText(const core::Attempt& attempt);

private:
    std::vector<core::Attempt> m_attempts;
    std::vector<qlonglong> m_epochs; // parsed once: sorting compares them many times
};

} // namespace askanyway::app
