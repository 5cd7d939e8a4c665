#pragma once

#include "journal/LadderProgress.h"

#include <QListWidget>

#include <optional>
#include <string>

namespace askanyway::app {

// A ladder drawn top-down, one rung per row with its rating chip, attempts, last peak, the
// "ready to move up" mark and the suggested next step softly highlighted. Re-ordering by drag
// and drop or Alt+Up/Alt+Down is reported, not performed: the page asks the core to move it.
class RungList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int StepIdRole = Qt::UserRole + 1;
    static constexpr int ReadyRole = Qt::UserRole + 2;
    static constexpr int NextRole = Qt::UserRole + 3;

    explicit RungList(QWidget* parent = nullptr);

    void showLadder(const std::optional<core::LadderView>& view);
    std::optional<std::string> selectedStep() const;
    // The rung (0 = lowest) a row shows.
    int rungOfRow(int row) const { return count() - 1 - row; }

signals:
    // The step should go to `rung` (0 = the lowest).
    void moveRequested(const std::string& stepId, int rung);
    void deleteRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_filling = false;
};

} // namespace askanyway::app
