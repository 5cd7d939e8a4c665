#pragma once

#include "pages/Page.h"

#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace askanyway::app {

class RungList;
class UndoBar;

// The user's fear ladders, each drawn top-down with the highest rung on top: ratings, attempts,
// last peak, a "ready to move up" mark, the suggested next step outlined. Steps are added,
// edited, re-ordered (drag and drop, or Alt+Up/Alt+Down) and deleted with undo.
class LaddersPage : public Page
{
    Q_OBJECT
public:
    explicit LaddersPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Ladders"); }
    void reload() override;

    void selectLadder(const std::string& id);
    std::optional<std::string> currentLadder() const;
    std::optional<std::string> selectedStep() const;
    void addStep(const QString& text, int rating);
    // Moves the selected step one rung up (+1) or down (-1).
    void moveSelected(int rungs);
    void deleteSelectedStep();
    void copyStarter();
    RungList* rungs() const { return m_rungs; }
    UndoBar* undoBar() const { return m_undo; }

private:
    void build();
    void fillRungs();
    void moveStep(const std::string& stepId, int rung);
    void newLadder();
    void renameLadder();
    void deleteLadder();
    void editSelected();
    void showDetails();

    QComboBox* m_ladders = nullptr;
    RungList* m_rungs = nullptr;
    QLineEdit* m_newText = nullptr;
    QSpinBox* m_newRating = nullptr;
    QWidget* m_ladderBox = nullptr;
    QWidget* m_emptyBox = nullptr;
    QPushButton* m_rename = nullptr;
    QLabel* m_addError = nullptr;
    QPushButton* m_delete = nullptr;
    UndoBar* m_undo = nullptr;
    bool m_filling = false; // refilling the ladder combo: not a user's choice
};

} // namespace askanyway::app
