#pragma once

#include "journal/ThoughtRecord.h"
#include "pages/Page.h"

#include <optional>
#include <string>

class QLineEdit;
class QListWidget;

namespace askanyway::app {

class ThoughtEditor;
class UndoBar;

// Thought records: a searchable list, and an editor that walks a record's fields in order and
// shows the matching reframes while the automatic thought is typed.
class ThoughtsPage : public Page
{
    Q_OBJECT
public:
    explicit ThoughtsPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Thoughts"); }
    void reload() override;

    void newRecord();
    // Opens a record in the editor; unsaved edits are never dropped without asking. False when
    // the user chose to keep editing.
    bool open(const core::ThoughtRecord& record);
    void discardEdits();
    // Saves the editor; false (with the problem shown) if the core refused it.
    bool save();
    void deleteCurrent();
    core::ThoughtRecord editorRecord() const;
    QListWidget* list() const { return m_list; }
    UndoBar* undoBar() const { return m_undo; }

private:
    void build();
    bool mayLeaveEditor();
    void fillList();

    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    ThoughtEditor* m_editor = nullptr;
    UndoBar* m_undo = nullptr;
};

} // namespace askanyway::app
