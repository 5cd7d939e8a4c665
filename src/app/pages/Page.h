#pragma once

#include <QScrollArea>

class QVBoxLayout;

namespace askanyway::app {

struct AttemptStart;
class JournalSession;

// A page of the main window: a scrolling column of reading width with the app's margins. Pages
// redraw from the core whenever the journal changes; they never hold state of their own.
class Page : public QScrollArea
{
    Q_OBJECT
public:
    Page(JournalSession& session, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    virtual void reload() = 0;
    // Reloads now if the page is on screen, otherwise when it is next shown: a long journal is
    // read once for the page the user looks at, not for every page after every change.
    void requestReload();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void startAttempt(const askanyway::app::AttemptStart& start);
    void openPage(int index);

protected:
    JournalSession& session() { return m_session; }
    // The column the page fills; cleared and refilled by reload().
    QVBoxLayout* column() { return m_column; }

private:
    JournalSession& m_session;
    bool m_stale = false;
    QVBoxLayout* m_column;
};

} // namespace askanyway::app
