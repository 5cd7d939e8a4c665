#pragma once

#include "journal/Attempt.h"

#include <QAbstractTableModel>

#include <vector>

namespace askanyway::app {

// The journal's attempts as rows, newest first. Holds a copy of the values the core returned;
// reload() asks the core again after a write.
class AttemptTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Title, Outcome, Anxiety, Difficulty, ColumnCount };

    explicit AttemptTableModel(QObject* parent = nullptr);

    void setAttempts(std::vector<core::Attempt> attempts);
    const core::Attempt& attemptAt(int row) const { return m_attempts.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString outcomeLabel(const core::Attempt& attempt);

private:
    std::vector<core::Attempt> m_attempts;
};

} // namespace askanyway::app
