#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace askanyway::app {

// "Attempt deleted. [Undo]" for a few seconds after a destructive action.
class UndoBar : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBar(QWidget* parent = nullptr);

    void offer(const QString& message, std::function<void()> undo, int milliseconds = 10000);
    bool canUndo() const { return static_cast<bool>(m_undo); }
    void undo();
    void dismiss();
    QPushButton* undoButton() const { return m_button; }

signals:
    void availabilityChanged(bool canUndo);

private:
    QLabel* m_message;
    QPushButton* m_button;
    QTimer m_timer;
    std::function<void()> m_undo;
};

} // namespace askanyway::app
