#include "Application.h"

#include "common/Error.h"

#include <QMessageBox>

namespace askanyway::app {

bool Application::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const core::Error& e) {
        // Not modal: the event loop that is unwinding here must not be re-entered.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Something went wrong"),
                                    tr("%1\n\nNothing was half-written: the journal is as it was before this "
                                       "action.")
                                        .arg(QString::fromStdString(e.what())),
                                    QMessageBox::Ok, activeWindow());
        box->setObjectName(QStringLiteral("errorMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
}

} // namespace askanyway::app
