#pragma once

#include <QApplication>

namespace askanyway::app {

// The last line of defence: a journal error escaping a slot or event handler (a full disk, say)
// becomes a message instead of ending the program. Every write is one transaction, so nothing
// is half-done when this happens.
class Application : public QApplication
{
    Q_OBJECT
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace askanyway::app
