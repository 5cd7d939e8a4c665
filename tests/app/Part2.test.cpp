#include "AppFixture.h"
#include "journal/LadderRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "pages/LaddersPage.h"
#include "widgets/RungList.h"
#include "pages/ThoughtsPage.h"
#include "widgets/AnxietySlider.h"
#include "widgets/UndoBar.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace askanyway;
using namespace askanyway::test;

namespace {

std::vector<QString> rungTexts(app::LaddersPage* page)
{
    std::vector<QString> out;
    for (int i = 0; i < page->rungs()->count(); ++i)
        out.push_back(page->rungs()->item(i)->text().section(QLatin1Char('\n'), 0, 0));
    return out;
}

// Answers the next modal input dialog with `text`, as a user typing and pressing Enter.
void answerNextInputDialog(const QString& text)
{
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                dialog->setTextValue(text);
                dialog->accept();
                return;
            }
        }
    });
    timer->start(20);
}

void logThroughDialog(AppFixture& f, core::Outcome outcome, int peak)
{
    app::AttemptDialog* d = f.dialog();
    REQUIRE(d);
    d->goToStep(1);
    const char* names[] = {"noButton", "yesButton", "partialButton", "avoidedButton"};
    f.click(f.find(d, names[static_cast<int>(outcome)]));
    d->findChild<app::AnxietySlider*>("peakSlider")->setValue(peak);
    f.click(f.button(d, "Save"));
    REQUIRE_FALSE(f.dialog());
}


} // namespace

TEST_CASE("build a ladder, re-order it, and climb a step until it is ready", "[app][ladder]")
{
    AppFixture f;
    app::LaddersPage* page = f.window.laddersPage();
    f.window.showPage(app::MainWindow::LaddersIndex);
    answerNextInputDialog("Cafés");
    f.click(f.button(page, "New ladder…"));
    REQUIRE(page->currentLadder());

    auto* text = f.find<QLineEdit>(page, QString());
    for (auto* edit : page->findChildren<QLineEdit*>())
        if (edit->accessibleName() == "New step")
            text = edit;
    auto* rating = page->findChildren<QSpinBox*>().front();
    auto add = [&](const QString& words, int value) {
        text->clear();
        QTest::keyClicks(text, words);
        rating->setValue(value);
        f.click(f.button(page, "Add step"));
    };
    add("   ", 5); // nothing to ask: refused beside the field, nothing added
    CHECK(page->findChild<QLabel*>("addStepError")->isVisibleTo(page));
    CHECK(page->findChild<QLabel*>("addStepError")->text().contains("needs a few words"));
    CHECK(page->rungs()->count() == 0);
    add("Ask for the wifi code", 2);
    CHECK_FALSE(page->findChild<QLabel*>("addStepError")->isVisibleTo(page));
    add("Ask for 10 % off", 7);
    add("Ask the barista's favourite", 4);
    // Highest rung on top.
    CHECK(rungTexts(page) == std::vector<QString>{"Ask for 10 % off", "Ask the barista's favourite", "Ask for the wifi code"});

    // Keyboard re-ordering: the favourite goes above the discount.
    page->rungs()->setCurrentRow(1);
    page->rungs()->setFocus();
    QTest::keyClick(page->rungs(), Qt::Key_Up, Qt::AltModifier);
    CHECK(rungTexts(page) == std::vector<QString>{"Ask the barista's favourite", "Ask for 10 % off", "Ask for the wifi code"});
    const auto stored = core::LadderRepository(f.session.db(), f.session.clock()).find(*page->currentLadder());
    CHECK(stored->steps.back().text == "Ask the barista's favourite");

    // The lowest rung is the suggested next step until it is practised calmly twice.
    page->rungs()->setCurrentRow(2);
    CHECK(page->rungs()->item(2)->data(Qt::UserRole + 3).toBool());
    for (int i = 0; i < 2; ++i) {
        page->rungs()->setCurrentRow(2);
        CHECK_FALSE(page->rungs()->item(2)->data(Qt::UserRole + 2).toBool());
        f.click(f.find(page, "tryStepButton"));
        logThroughDialog(f, core::Outcome::Yes, 1);
    }
    CHECK(page->rungs()->item(2)->data(Qt::UserRole + 2).toBool()); // ready
    CHECK(page->rungs()->item(2)->text().contains("ready to move up"));
    CHECK(page->rungs()->item(1)->data(Qt::UserRole + 3).toBool()); // the next rung is suggested
    const auto attempts = f.attempts();
    REQUIRE(attempts.size() == 2);
    CHECK(attempts[0].stepId == stored->steps[0].id);

    // Dragging a rung: the wifi step dropped at the top becomes the highest rung.
    page->rungs()->setCurrentRow(2);
    REQUIRE(page->rungs()->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
    QApplication::processEvents();
    CHECK(rungTexts(page).front() == "Ask for the wifi code");
    CHECK(core::LadderRepository(f.session.db(), f.session.clock()).find(*page->currentLadder())->steps.back().text ==
          "Ask for the wifi code");
    page->moveSelected(-2); // and back to the bottom, by keyboard-equivalent
    CHECK(rungTexts(page).back() == "Ask for the wifi code");

    // Deleting a step can be undone (Ctrl+Z), links and all.
    page->rungs()->setCurrentRow(2);
    page->deleteSelectedStep();
    CHECK(rungTexts(page).size() == 2);
    CHECK_FALSE(f.attempts()[0].stepId);
    REQUIRE(f.window.undoAction()->isEnabled());
    f.window.undoAction()->trigger();
    CHECK(rungTexts(page).size() == 3);
    CHECK(f.attempts()[0].stepId == stored->steps[0].id);
}

TEST_CASE("a thought record written end to end, with a reframe suggested as it is typed", "[app][thought]")
{
    AppFixture f;
    app::ThoughtsPage* page = f.window.thoughtsPage();
    f.window.showPage(app::MainWindow::ThoughtsIndex);
    f.type(page, "situationEdit", "Asked for a number at the gallery; she said no kindly");
    CHECK(page->findChildren<QLabel*>(QRegularExpression("^reframe:")).isEmpty());
    f.type(page, "thoughtEdit", "Nobody will ever want me");
    QApplication::processEvents();
    auto* reframe = page->findChild<QLabel*>("reframe:unlovable");
    REQUIRE(reframe);
    CHECK(reframe->text().contains("one data point"));
    page->findChild<QSpinBox*>("beliefSpin")->setValue(80);
    f.click(f.find(page, "addEmotionButton"));
    auto* emotions = page->findChild<QTableWidget*>("emotionsTable");
    emotions->item(0, 0)->setText("shame");
    static_cast<QSpinBox*>(emotions->cellWidget(0, 1))->setValue(70);
    static_cast<QSpinBox*>(emotions->cellWidget(0, 2))->setValue(30);
    auto* traps = page->findChild<QListWidget*>("distortionsList");
    traps->setCurrentRow(1);
    CHECK(page->findChild<QLabel*>("definitionLabel")->text().contains("one no becomes"));
    traps->item(1)->setCheckState(Qt::Checked);
    f.type(page, "evidenceAgainstEdit", "We talked for an hour");
    f.type(page, "balancedEdit", "One person said no on one evening");
    page->findChild<QSpinBox*>("balancedBeliefSpin")->setValue(65);
    f.click(f.find(page, "saveRecordButton"));

    const auto records = core::ThoughtRecordRepository(f.session.db(), f.session.clock()).list();
    REQUIRE(records.size() == 1);
    CHECK(records[0].automaticThought == "Nobody will ever want me");
    CHECK(records[0].belief == 80);
    CHECK(records[0].emotions == std::vector<core::Emotion>{{"shame", 70, 30}});
    CHECK(records[0].distortions == std::vector<std::string>{"overgeneralising"});
    CHECK(records[0].balancedBelief == 65);
    CHECK(page->list()->count() == 1);

    // An emotion without a name is refused by field, and nothing changes.
    f.click(f.find(page, "addEmotionButton"));
    f.click(f.find(page, "saveRecordButton"));
    CHECK(page->findChild<QLabel*>("errorLabel")->text().contains("Emotion 2"));
    CHECK(core::ThoughtRecordRepository(f.session.db(), f.session.clock()).list()[0].emotions.size() == 1);
}

TEST_CASE("after a painful no, the offer opens a thought record prefilled from the attempt", "[app][thought][offer]")
{
    AppFixture f;
    CHECK_FALSE(f.window.offerBar()->isVisibleTo(&f.window));
    f.window.startAttempt({std::string("discount-coffee"), std::nullopt, std::nullopt});
    app::AttemptDialog* d = f.dialog();
    f.type(d, "worstEdit", "Everyone in the queue will stare");
    logThroughDialog(f, core::Outcome::No, 8);
    REQUIRE(f.window.offerBar()->isVisibleTo(&f.window));

    f.click(f.find(f.window.offerBar(), "acceptOfferButton"));
    CHECK(f.window.currentPage() == app::MainWindow::ThoughtsIndex);
    app::ThoughtsPage* page = f.window.thoughtsPage();
    const core::ThoughtRecord prefilled = page->editorRecord();
    const auto attempt = f.attempts().at(0);
    CHECK(prefilled.attemptId == attempt.id);
    CHECK(prefilled.automaticThought == "Everyone in the queue will stare");
    CHECK(QString::fromStdString(prefilled.situation).startsWith("Ask for a small discount on a coffee"));
    CHECK(page->save());
    CHECK(core::ThoughtRecordRepository(f.session.db(), f.session.clock()).list().at(0).attemptId == attempt.id);

    // A calm no brings no offer.
    f.window.startAttempt({std::string("favour-directions"), std::nullopt, std::nullopt});
    logThroughDialog(f, core::Outcome::No, 4);
    CHECK_FALSE(f.window.offerBar()->isVisibleTo(&f.window));
}

TEST_CASE("achievements show points, level and the badges earned so far", "[app][achievements]")
{
    AppFixture f;
    core::Attempt a;
    a.title = "Asked for directions";
    a.outcome = core::Outcome::No;
    a.acceptedGracefully = true;
    f.session.practice().logAttempt(a);
    f.session.notifyChanged();
    f.window.showPage(app::MainWindow::AchievementsIndex);
    QApplication::processEvents();
    QWidget* page = f.window.findChild<QWidget*>();
    bool firstNo = false, tenNos = true;
    for (auto* card : f.window.findChildren<QFrame*>("card")) {
        if (card->property("badge").toString() == "first-no")
            firstNo = card->property("earned").toBool();
        if (card->property("badge").toString() == "ten-nos")
            tenNos = card->property("earned").toBool();
    }
    (void)page;
    CHECK(firstNo);
    CHECK_FALSE(tenNos);
    auto* bar = f.window.findChild<QProgressBar*>("levelProgress");
    REQUIRE(bar);
    CHECK(bar->value() == 20); // 10 for a difficulty-1 ask + 10 for accepting the no gracefully
    CHECK(bar->format() == "30 points to level 2");
}

TEST_CASE("leaving a thought record with unsaved words asks first", "[app][thought]")
{
    AppFixture f;
    app::ThoughtsPage* page = f.window.thoughtsPage();
    f.window.showPage(app::MainWindow::ThoughtsIndex);
    f.type(page, "thoughtEdit", "They all laughed at me");

    answerNextMessageBox("Keep editing");
    page->newRecord();
    CHECK(page->editorRecord().automaticThought == "They all laughed at me");

    answerNextMessageBox("Save");
    page->newRecord();
    CHECK(page->editorRecord().automaticThought.empty());
    REQUIRE(core::ThoughtRecordRepository(f.session.db(), f.session.clock()).list().size() == 1);

    f.type(page, "thoughtEdit", "Something I will not keep");
    answerNextMessageBox("Discard");
    page->newRecord();
    CHECK(page->editorRecord().automaticThought.empty());
    CHECK(core::ThoughtRecordRepository(f.session.db(), f.session.clock()).list().size() == 1);
}
