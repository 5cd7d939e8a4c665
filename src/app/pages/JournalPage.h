#pragma once

#include "journal/AttemptSearch.h"
#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace askanyway::app {

class AttemptTableModel;
class UndoBar;

// Every attempt: search and filters over a sortable table, plans listed apart, open to read or
// edit, delete with undo.
class JournalPage : public Page
{
    Q_OBJECT
public:
    explicit JournalPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Journal"); }
    void reload() override;

    void focusSearch();
    void openSelected();
    void deleteSelected();
    UndoBar* undoBar() const { return m_undo; }
    AttemptTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* plans() const { return m_plans; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build();
    core::AttemptSearch currentSearch();

    AttemptTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_range = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_plans = nullptr;
    QWidget* m_plansBox = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_delete = nullptr;
    UndoBar* m_undo = nullptr;
};

} // namespace askanyway::app
