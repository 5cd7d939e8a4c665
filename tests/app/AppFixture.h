#pragma once

#include "JournalSession.h"
#include "MainWindow.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QTest>

#include <memory>

namespace askanyway::test {

// A real main window on a real journal file, on a clock the test sets.
struct AppFixture
{
    TempDir dir;
    app::JournalSession session{dir / "journal.sqlite",
                                std::make_unique<core::FixedClock>(*core::parseTimestamp("2026-03-14T09:00:00+01:00"))};
    app::MainWindow window{session};

    AppFixture()
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    std::vector<core::Attempt> attempts() { return core::AttemptRepository(session.db(), session.clock()).list(); }

    template <typename T = QAbstractButton> T* find(QWidget* in, const QString& name)
    {
        QApplication::processEvents();
        return in->findChild<T*>(name);
    }
    // The first visible button under `in` whose text is `text` (mnemonic '&' ignored).
    QAbstractButton* button(QWidget* in, const QString& text)
    {
        QApplication::processEvents();
        for (auto* b : in->findChildren<QAbstractButton*>())
            if (b->isVisibleTo(in) && b->text().remove(QLatin1Char('&')) == text)
                return b;
        return nullptr;
    }
    void click(QAbstractButton* b)
    {
        REQUIRE(b);
        QTest::mouseClick(b, Qt::LeftButton);
        QApplication::processEvents();
    }
    app::AttemptDialog* dialog()
    {
        QApplication::processEvents();
        return window.openDialog();
    }
    void type(QWidget* in, const QString& name, const QString& text)
    {
        auto* edit = find<QWidget>(in, name);
        REQUIRE(edit);
        QTest::keyClicks(edit, text);
    }
};

// Presses the button labelled `text` on the next message box that appears, as a user would
// answer a question the app asks (the box is modal: this runs from the event loop it spins).
inline void answerNextMessageBox(const QString& text)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton* b : box->buttons())
                if (b->text() == text) {
                    timer->stop();
                    timer->deleteLater();
                    b->click();
                    return;
                }
        }
    });
    timer->start(20);
}

} // namespace askanyway::test
