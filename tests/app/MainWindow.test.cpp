#include "JournalSession.h"
#include "MainWindow.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"
#include "models/AttemptTableModel.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace askanyway;
using askanyway::test::TempDir;

namespace {

std::unique_ptr<app::JournalSession> session(const TempDir& dir)
{
    return std::make_unique<app::JournalSession>(
        dir / "journal.sqlite",
        std::make_unique<core::FixedClock>(*core::parseTimestamp("2026-03-14T18:30:00+01:00")));
}

QPushButton* saveButton(app::AttemptDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("an attempt logged through the dialog appears in the journal list", "[app]")
{
    TempDir dir;
    auto s = session(dir);
    app::MainWindow window(*s);
    window.show();
    REQUIRE(window.attemptModel()->rowCount() == 0);

    window.logAction()->trigger();
    app::AttemptDialog* dialog = window.openDialog();
    REQUIRE(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>("titleEdit"), "Asked a stranger for directions");
    auto* peak = dialog->findChild<QSpinBox*>("peakSpin");
    peak->selectAll();
    QTest::keyClicks(peak, "7");
    auto* outcome = dialog->findChild<QComboBox*>("outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("no")));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    REQUIRE(window.attemptModel()->rowCount() == 1);
    const core::Attempt& shown = window.attemptModel()->attemptAt(0);
    CHECK(shown.title == "Asked a stranger for directions");
    CHECK(shown.anxiety.peak == 7);
    CHECK(shown.outcome == core::Outcome::No);
    CHECK(window.attemptModel()->data(window.attemptModel()->index(0, app::AttemptTableModel::Outcome))
              .toString()
              .startsWith("No"));

    // It is in the journal file, not just on screen.
    const auto stored = core::AttemptRepository(s->db(), s->clock()).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].title == "Asked a stranger for directions");
}

TEST_CASE("an empty title is refused in the dialog, which stays open and saves nothing", "[app]")
{
    TempDir dir;
    auto s = session(dir);
    app::MainWindow window(*s);
    window.show();
    window.logAction()->trigger();
    app::AttemptDialog* dialog = window.openDialog();
    REQUIRE(dialog);

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>("errorLabel");
    CHECK(error->isVisibleTo(dialog));
    CHECK(error->text().contains("What will you ask?"));
    CHECK(error->text().contains("must not be empty"));
    CHECK(window.attemptModel()->rowCount() == 0);
    CHECK(core::AttemptRepository(s->db(), s->clock()).list().empty());

    QTest::keyClicks(dialog->findChild<QLineEdit*>("titleEdit"), "Asked for the time");
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(window.attemptModel()->rowCount() == 1);
}

TEST_CASE("a plan is saved without an outcome and shown as planned", "[app]")
{
    TempDir dir;
    auto s = session(dir);
    app::MainWindow window(*s);
    window.logAction()->trigger();
    app::AttemptDialog* dialog = window.openDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit*>("titleEdit"), "Ask for a second date");
    auto* outcome = dialog->findChild<QComboBox*>("outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(QString()));
    CHECK_FALSE(dialog->findChild<QSpinBox*>("peakSpin")->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    const auto stored = core::AttemptRepository(s->db(), s->clock()).list();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].isPlan());
    CHECK_FALSE(stored[0].anxiety.peak);
    CHECK(window.attemptModel()->data(window.attemptModel()->index(0, app::AttemptTableModel::Outcome))
              .toString() == "Planned");
}
