#include "AppFixture.h"
#include "dialogs/WelcomeDialog.h"
#include "ethics/Pledge.h"
#include "models/AttemptTableModel.h"
#include "pages/JournalPage.h"
#include "pages/ProgramPage.h"
#include "program/SevenDayProgram.h"
#include "progress/Stats.h"
#include "TrayReminder.h"
#include "common/Error.h"
#include "pages/TodayPage.h"
#include "widgets/AnxietySlider.h"
#include "widgets/UndoBar.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSlider>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace askanyway;
using namespace askanyway::test;

namespace {

QString errorText(app::AttemptDialog* d)
{
    auto* label = d->findChild<QLabel*>("errorLabel");
    return label->isVisibleTo(d) ? label->text() : QString();
}

void setSlider(app::AttemptDialog* d, const char* name, int value)
{
    auto* slider = d->findChild<app::AnxietySlider*>(name);
    REQUIRE(slider);
    slider->slider()->setFocus();
    slider->slider()->setValue(0);
    for (int i = 0; i < value; ++i)
        QTest::keyClick(slider->slider(), Qt::Key_Right); // as a keyboard user would
}

} // namespace

TEST_CASE("first run: the welcome leads to the pledge, which opens difficulty 4 and 5", "[app][welcome]")
{
    AppFixture f;
    f.window.showWelcome();
    auto* welcome = f.window.findChild<app::WelcomeDialog*>();
    REQUIRE(welcome);
    CHECK(welcome->page() == 0);
    f.click(f.button(welcome, "Next"));
    f.click(f.button(welcome, "Next"));
    CHECK(welcome->page() == 2);
    CHECK(welcome->findChild<QLabel*>("pledgeList")->text().contains("never ask the same person again"));
    CHECK_FALSE(f.session.practice().pledgeAccepted());
    f.click(f.button(welcome, "I take the pledge"));
    CHECK(f.session.practice().pledgeAccepted());
}

TEST_CASE("declining the pledge keeps the dating asks locked and says so", "[app][welcome]")
{
    AppFixture f;
    f.window.showWelcome(true);
    auto* welcome = f.window.findChild<app::WelcomeDialog*>();
    REQUIRE(welcome);
    CHECK(welcome->findChild<QLabel*>("pledgeNote")->text().contains("stay locked"));
    f.click(f.button(welcome, "Not now"));
    CHECK_FALSE(f.session.practice().pledgeAccepted());

    f.window.startAttempt({std::string("dating-ask-number"), std::nullopt, std::nullopt});
    auto* d = f.dialog();
    REQUIRE(d);
    // A locked challenge cannot even be chosen: the form stays on "My own ask" and says why.
    CHECK(d->attempt(true).challengeId == std::nullopt);
    CHECK(errorText(d).contains("opens after the practice pledge"));
}

TEST_CASE("starting the program, then logging a task through all three steps", "[app][today]")
{
    AppFixture f;
    app::TodayPage* today = f.window.todayPage();
    f.window.showPage(app::MainWindow::TodayIndex);
    f.click(f.find(today, "startProgramButton"));
    REQUIRE(f.session.practice().activeStatus());
    auto* task = f.find(today, "startTask:discount-coffee");
    REQUIRE(task);
    f.click(task);

    app::AttemptDialog* d = f.dialog();
    REQUIRE(d);
    CHECK(d->currentStep() == 0);
    CHECK(f.find<QLineEdit>(d, "titleEdit")->text() == "Ask for a small discount on a coffee");
    f.type(d, "expectationEdit", "They'll laugh");
    setSlider(d, "predictedSlider", 7);
    f.click(f.button(d, "Next"));
    CHECK(d->currentStep() == 1);
    f.click(f.button(d, "Next")); // no outcome chosen yet
    CHECK(d->currentStep() == 1);
    CHECK(errorText(d).contains("choose what happened"));
    f.click(f.find(d, "noButton"));
    setSlider(d, "peakSlider", 5);
    f.click(f.button(d, "Next"));
    CHECK(d->currentStep() == 2);
    f.type(d, "learnedEdit", "A no is one word long");
    auto* graceful = f.find(d, "gracefulCheck");
    REQUIRE(graceful->isVisibleTo(d)); // asked only after a no
    graceful->setFocus();
    QTest::keyClick(graceful, Qt::Key_Space);
    f.click(f.button(d, "Save"));
    CHECK_FALSE(f.dialog());

    const auto stored = f.attempts();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].challengeId == "discount-coffee");
    CHECK(stored[0].outcome == core::Outcome::No);
    CHECK(stored[0].prediction.anxiety == 7);
    CHECK(stored[0].anxiety.peak == 5);
    CHECK(stored[0].acceptedGracefully == true);
    CHECK(stored[0].reflection.learned == "A no is one word long");

    // Today shows the task done and the forecast that was too gloomy.
    QApplication::processEvents();
    bool done = false;
    for (auto* card : today->findChildren<QFrame*>("card"))
        if (card->property("challengeId").toString() == "discount-coffee")
            done = card->property("done").toBool();
    CHECK(done);
    bool forecast = false;
    for (auto* label : today->findChildren<QLabel*>())
        forecast |= label->text().contains("predicted 7/10 and felt 5/10");
    CHECK(forecast);

    // And the Journal lists it.
    f.window.showPage(app::MainWindow::JournalIndex);
    auto* model = f.window.journalPage()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, app::AttemptTableModel::Title)).toString() == "Ask for a small discount on a coffee");
    CHECK(model->data(model->index(0, app::AttemptTableModel::Outcome)).toString() == "No — you asked");
}

TEST_CASE("a plan saved before going out is completed afterwards", "[app][plan]")
{
    AppFixture f;
    f.window.newAttemptAction()->trigger();
    app::AttemptDialog* d = f.dialog();
    REQUIRE(d);
    f.type(d, "titleEdit", "Ask the bookseller for a tip");
    f.click(f.button(d, "Save as plan"));
    REQUIRE(f.attempts().size() == 1);
    CHECK(f.attempts()[0].isPlan());

    app::JournalPage* journal = f.window.journalPage();
    f.window.showPage(app::MainWindow::JournalIndex);
    REQUIRE(journal->plans()->count() == 1);
    CHECK(journal->model()->rowCount() == 0); // plans are listed apart
    journal->plans()->setCurrentRow(0);
    f.click(f.button(journal, "Complete the plan…"));
    d = f.dialog();
    REQUIRE(d);
    CHECK(d->currentStep() == 1); // straight to "what happened"
    f.click(f.find(d, "yesButton"));
    f.click(f.button(d, "Save"));

    const auto stored = f.attempts();
    REQUIRE(stored.size() == 1); // the same entry, completed
    CHECK(stored[0].outcome == core::Outcome::Yes);
    CHECK(stored[0].title == "Ask the bookseller for a tip");
    CHECK(journal->plans()->count() == 0);
    CHECK(journal->model()->rowCount() == 1);
}

TEST_CASE("an empty ask is refused in place and nothing is saved", "[app][validation]")
{
    AppFixture f;
    f.window.newAttemptAction()->trigger();
    app::AttemptDialog* d = f.dialog();
    f.click(f.button(d, "Save as plan"));
    CHECK(f.dialog() == d);
    CHECK(errorText(d).contains("What will you ask?"));
    CHECK(errorText(d).contains("must not be empty"));
    CHECK(f.attempts().empty());
}

TEST_CASE("delete, then undo, puts the attempt back", "[app][undo]")
{
    AppFixture f;
    core::Attempt a;
    a.title = "Asked for directions";
    a.outcome = core::Outcome::Yes;
    f.session.practice().logAttempt(a);
    f.session.notifyChanged();
    app::JournalPage* journal = f.window.journalPage();
    f.window.showPage(app::MainWindow::JournalIndex);
    REQUIRE(journal->model()->rowCount() == 1);
    journal->table()->selectRow(0);
    journal->table()->setFocus();
    QTest::keyClick(journal->table(), Qt::Key_Delete);
    CHECK(f.attempts().empty());
    CHECK(journal->model()->rowCount() == 0);
    CHECK(journal->undoBar()->isVisibleTo(journal));
    CHECK(f.window.undoAction()->isEnabled());

    f.window.undoAction()->trigger(); // Ctrl+Z
    REQUIRE(f.attempts().size() == 1);
    CHECK(f.attempts()[0].title == "Asked for directions");
    CHECK(journal->model()->rowCount() == 1);
    CHECK_FALSE(f.window.undoAction()->isEnabled());
}

TEST_CASE("a second ask to a nickname that said no is refused kindly", "[app][ethics]")
{
    AppFixture f;
    f.session.practice().acceptPledge();
    core::Attempt first;
    first.challengeId = "dating-ask-coffee";
    first.person = "Blue scarf";
    first.outcome = core::Outcome::No;
    f.session.practice().logAttempt(first);

    f.window.startAttempt({std::string("dating-ask-number"), std::nullopt, std::nullopt});
    app::AttemptDialog* d = f.dialog();
    REQUIRE(d);
    auto* person = f.find<QLineEdit>(d, "personEdit");
    REQUIRE(person->isVisibleTo(d)); // the nickname field appears for romantic asks
    f.type(d, "personEdit", "blue scarf");
    f.click(f.button(d, "Save as plan"));
    CHECK(f.dialog() == d);
    CHECK(errorText(d).contains("already said no"));
    CHECK(errorText(d).contains("never plans or logs another ask to the same person"));
    CHECK(f.attempts().size() == 1);

    person->clear();
    f.type(d, "personEdit", "Green coat");
    f.click(f.button(d, "Save as plan"));
    CHECK(f.attempts().size() == 2);
}

TEST_CASE("pages are reachable by Ctrl+1…3 and the last page comes back", "[app][navigation]")
{
    AppFixture f;
    QTest::keyClick(&f.window, Qt::Key_3, Qt::ControlModifier);
    CHECK(f.window.currentPage() == app::MainWindow::JournalIndex);
    CHECK(f.window.windowTitle().startsWith("Journal"));
    QTest::keyClick(&f.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(f.window.currentPage() == app::MainWindow::ProgramIndex);
    f.window.close();
    app::MainWindow again(f.session);
    CHECK(again.currentPage() == app::MainWindow::ProgramIndex);
}

TEST_CASE("the daily reminder speaks once, at its time, on a day without practice", "[app][reminder]")
{
    AppFixture f; // the clock says 09:00
    QSettings().remove("reminder");
    app::TrayReminder* reminder = f.window.reminder();
    CHECK_FALSE(reminder->check()); // off by default
    reminder->setMinute(9 * 60);
    CHECK(reminder->check());
    CHECK(f.window.statusBar()->currentMessage().contains("One small ask today")); // no tray offscreen
    CHECK_FALSE(reminder->check()); // once a day
    QSettings().remove("reminder/last");
    core::Attempt a;
    a.title = "Asked the time";
    a.outcome = core::Outcome::Yes;
    f.session.practice().logAttempt(a);
    CHECK_FALSE(reminder->check()); // practised today: nothing to remind of
    QSettings().remove("reminder");
}

namespace {

// A receiver whose handling fails the way a full disk would make a journal write fail.
class FailingReceiver : public QObject
{
public:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::User)
            throw core::StorageError(13, "database or disk is full");
        return QObject::event(e);
    }
};

} // namespace

TEST_CASE("a journal error escaping an event handler becomes a message, not a crash", "[app][errors]")
{
    FailingReceiver receiver;
    QEvent event(QEvent::User);
    CHECK_FALSE(QCoreApplication::sendEvent(&receiver, &event));
    QApplication::processEvents();
    QMessageBox* shown = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == "errorMessage" && w->isVisible())
            shown = qobject_cast<QMessageBox*>(w);
    REQUIRE(shown);
    CHECK(shown->text().contains("database or disk is full"));
    CHECK(shown->text().contains("Nothing was half-written"));
    shown->close();
}

TEST_CASE("the program page starts a run and marks today as a rest day", "[app][program]")
{
    AppFixture f;
    f.window.showPage(app::MainWindow::ProgramIndex);
    QWidget* page = f.window.programPage();
    f.click(f.button(page, "Start the 7-day challenge"));
    const auto status = f.session.practice().activeStatus();
    REQUIRE(status);
    CHECK(status->currentDay == 1);
    QApplication::processEvents();
    bool openToday = false;
    for (auto* label : page->findChildren<QLabel*>())
        openToday |= label->text() == "Open today";
    CHECK(openToday);
    f.click(f.button(page, "Mark today as a rest day"));
    CHECK(core::restDays(f.session.db()) == std::vector<std::int64_t>{*core::parseDate("2026-03-14")});
}


TEST_CASE("cancelling an attempt with words in it asks before anything is lost", "[app][plan]")
{
    AppFixture f;
    f.window.newAttemptAction()->trigger();
    app::AttemptDialog* d = f.dialog();
    CHECK_FALSE(d->hasChanges());
    f.type(d, "titleEdit", "Ask the bookseller for a tip");
    f.type(d, "expectationEdit", "A polite shrug");
    CHECK(d->hasChanges());

    answerNextMessageBox("Keep editing");
    d->reject();
    REQUIRE(f.dialog() == d); // still open, words intact
    CHECK(d->attempt().prediction.expectation == "A polite shrug");

    answerNextMessageBox("Save as plan");
    d->reject();
    QApplication::processEvents();
    CHECK_FALSE(f.dialog());
    REQUIRE(f.attempts().size() == 1);
    CHECK(f.attempts()[0].isPlan());
    CHECK(f.attempts()[0].prediction.expectation == "A polite shrug");

    // An untouched form closes without a question.
    f.window.newAttemptAction()->trigger();
    f.dialog()->reject();
    QApplication::processEvents();
    CHECK_FALSE(f.dialog());
}

TEST_CASE("left open overnight, the window moves to the new day by itself", "[app][today]")
{
    TempDir dir;
    auto* clock = new core::FixedClock(*core::parseTimestamp("2026-03-14T22:00:00+01:00"));
    app::JournalSession session(dir / "journal.sqlite", std::unique_ptr<core::Clock>(clock));
    app::MainWindow window(session);
    window.show();
    window.showPage(app::MainWindow::TodayIndex);
    session.practice().startProgram();
    for (const auto& id : core::sevenDayProgram()[0].challengeIds) {
        core::Attempt a;
        a.challengeId = id;
        a.outcome = core::Outcome::Yes;
        session.practice().logAttempt(a);
    }
    session.notifyChanged();
    auto dayHeading = [&] {
        QApplication::processEvents();
        for (auto* label : window.todayPage()->findChildren<QLabel*>())
            if (label->text().startsWith("Day "))
                return label->text();
        return QString();
    };
    CHECK(dayHeading().startsWith("Day 1 of 7"));
    CHECK_FALSE(window.checkNewDay());
    clock->set(*core::parseTimestamp("2026-03-15T00:01:00+01:00"));
    CHECK(window.checkNewDay());
    CHECK(dayHeading().startsWith("Day 2 of 7"));
}
