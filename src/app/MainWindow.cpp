#include "MainWindow.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "common/Error.h"
#include "dialogs/AttemptDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "io/AtomicFile.h"
#include "storage/Backup.h"
#include "io/Interchange.h"
#include "cbt/ThoughtOffer.h"
#include "pages/AchievementsPage.h"
#include "pages/JournalPage.h"
#include "pages/LaddersPage.h"
#include "pages/ProgressPage.h"
#include "pages/ThoughtsPage.h"
#include "pages/ProgramPage.h"
#include "pages/TodayPage.h"
#include "TrayReminder.h"
#include "widgets/UndoBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace askanyway::app {

MainWindow::MainWindow(JournalSession& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setMinimumSize(900, 600);
    m_today = new TodayPage(session, this);
    m_program = new ProgramPage(session, this);
    m_journal = new JournalPage(session, this);
    m_ladders = new LaddersPage(session, this);
    m_thoughts = new ThoughtsPage(session, this);
    m_progress = new ProgressPage(session, this);
    m_achievements = new AchievementsPage(session, this);
    m_pages = {m_today, m_program, m_journal, m_ladders, m_thoughts, m_progress, m_achievements};

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(buildSidebar());
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(buildOfferBar());
    m_stack = new QStackedWidget(central);
    for (Page* page : m_pages) {
        m_stack->addWidget(page);
        connect(page, &Page::startAttempt, this, &MainWindow::startAttempt);
        connect(page, &Page::openPage, this, &MainWindow::showPage);
    }
    connect(m_today, &TodayPage::pledgeRequested, this, [this] { showWelcome(true); });
    right->addWidget(m_stack, 1);
    row->addLayout(right, 1);
    setCentralWidget(central);
    buildMenus();
    connect(&session, &JournalSession::changed, this, &MainWindow::refreshSummary);
    refreshSummary();
    m_shownDay = core::localDate(session.clock().now());
    m_dayTimer = new QTimer(this);
    connect(m_dayTimer, &QTimer::timeout, this, &MainWindow::checkNewDay);
    m_dayTimer->start(60 * 1000);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    showPage(settings.value(QStringLiteral("window/page"), TodayIndex).toInt());
}

QWidget* MainWindow::buildSidebar()
{
    auto* side = new QWidget(this);
    side->setFixedWidth(200);
    side->setAutoFillBackground(true);
    side->setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(style::kInside + 4, style::kMargin, style::kInside + 4, style::kMargin);
    layout->setSpacing(style::kBetween);
    auto* brand = style::sectionTitle(tr("Ask Anyway"), side);
    brand->setContentsMargins(style::kInside, 0, 0, 0);
    layout->addWidget(brand);
    m_sidebar = new QListWidget(side);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setAccessibleName(tr("Pages"));
    const QString glyphs[] = {QStringLiteral("☀"), QStringLiteral("▦"), QStringLiteral("☰"),
                              QStringLiteral("⇡"), QStringLiteral("✎"), QStringLiteral("↗"), QStringLiteral("★")};
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        auto* item = new QListWidgetItem(style::glyphIcon(glyphs[i]), m_pages[i]->title(), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(m_pages[i]->title()).arg(i + 1));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(row);
    });
    layout->addWidget(m_sidebar, 1);
    m_summary = new QLabel(side);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(style::kInside, 0, 0, 0);
    layout->addWidget(m_summary);
    return side;
}

QWidget* MainWindow::buildOfferBar()
{
    m_offer = new QFrame(this);
    m_offer->setObjectName(QStringLiteral("undoBar"));
    auto* layout = new QHBoxLayout(m_offer);
    layout->setContentsMargins(style::kMargin, style::kInside, style::kMargin, style::kInside);
    layout->addWidget(new QLabel(tr("That no stung, and you asked anyway. Writing down the thought that came with "
                                    "it often takes the sting out."),
                                 m_offer),
                      1);
    auto* write = new QPushButton(tr("Write a thought record"), m_offer);
    write->setObjectName(QStringLiteral("acceptOfferButton"));
    auto* later = new QPushButton(tr("Not now"), m_offer);
    layout->addWidget(write);
    layout->addWidget(later);
    connect(write, &QPushButton::clicked, this, &MainWindow::acceptOffer);
    connect(later, &QPushButton::clicked, m_offer, &QWidget::hide);
    m_offer->hide();
    return m_offer;
}

void MainWindow::attemptSaved(const core::Attempt& attempt)
{
    m_offered = core::thoughtRecordOffer(attempt);
    m_offer->setVisible(m_offered.has_value());
}

void MainWindow::acceptOffer()
{
    m_offer->hide();
    if (!m_offered)
        return;
    showPage(ThoughtsIndex);
    m_thoughts->open(*m_offered);
    m_offered.reset();
}

void MainWindow::buildMenus()
{
    m_newAttempt = new QAction(tr("&New Attempt…"), this);
    m_newAttempt->setShortcut(QKeySequence::New);
    m_newAttempt->setStatusTip(tr("Plan or log an ask"));
    connect(m_newAttempt, &QAction::triggered, this, [this] { startAttempt({}); });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAttempt);
    file->addSeparator();
    file->addAction(tr("&Export Journal…"), this, &MainWindow::exportJournal);
    file->addAction(tr("&Import Journal…"), this, &MainWindow::importJournal);
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreBackup);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // One Undo for every page's deletions: the page on screen first, then whichever can.
    const std::vector<UndoBar*> bars = {m_journal->undoBar(), m_ladders->undoBar(), m_thoughts->undoBar()};
    m_undo = edit->addAction(tr("&Undo Delete"), this, [this, bars] {
        UndoBar* target = nullptr;
        for (UndoBar* bar : bars)
            if (bar->canUndo() && (!target || bar->isVisibleTo(this)))
                target = bar;
        if (target)
            target->undo();
    });
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    for (UndoBar* bar : bars)
        connect(bar, &UndoBar::availabilityChanged, this, [this, bars] {
            m_undo->setEnabled(std::any_of(bars.begin(), bars.end(), [](UndoBar* b) { return b->canUndo(); }));
        });
    QAction* find = edit->addAction(tr("&Find in Journal"), this, [this] {
        showPage(JournalIndex);
        m_journal->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        QAction* go = view->addAction(m_pages[i]->title(), this, [this, i] { showPage(static_cast<int>(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(i))));
    }
    view->addSeparator();
    m_reminder = new TrayReminder(m_session, this);
    view->addMenu(m_reminder->menu());
    connect(m_reminder, &TrayReminder::openRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_reminder, &TrayReminder::attemptRequested, this, [this] {
        showNormal();
        startAttempt({});
    });
    connect(m_reminder, &TrayReminder::fallbackMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 60 * 1000);
    });
    QMenu* theme = view->addMenu(tr("&Appearance"));
    auto* themes = new QActionGroup(this);
    const std::pair<QString, style::Theme> choices[] = {
        {tr("Follow the &System"), style::Theme::System}, {tr("&Light"), style::Theme::Light}, {tr("&Dark"), style::Theme::Dark}};
    for (const auto& [label, value] : choices) {
        QAction* a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(style::savedTheme() == value);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [value] {
            style::saveTheme(value);
            style::applyTheme(*qApp, value);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome and Pledge…"), this, [this] { showWelcome(); });
    help->addAction(tr("&Not Therapy — Where to Get Help"), this, &MainWindow::showNotTherapy);
    help->addSeparator();
    help->addAction(tr("&About Ask Anyway"), this, &MainWindow::showAbout);
}

bool MainWindow::checkNewDay()
{
    const std::string today = core::localDate(m_session.clock().now());
    if (today == m_shownDay)
        return false;
    m_shownDay = today;
    m_session.notifyChanged(); // nothing was written, but everything dated "today" moved on
    return true;
}

void MainWindow::showPage(int index)
{
    index = std::clamp(index, 0, static_cast<int>(m_pages.size()) - 1);
    m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    setWindowTitle(tr("%1 — Ask Anyway").arg(m_pages[static_cast<std::size_t>(index)]->title()));
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::refreshSummary()
{
    const core::Progress& p = m_session.progress();
    m_summary->setText(tr("<p><b>%1</b></p><p>Level %2<br>%3 points</p>")
                           .arg(p.currentStreak == 0   ? tr("No streak yet — today can start one")
                                : p.currentStreak == 1 ? tr("1-day streak")
                                                       : tr("%1-day streak").arg(p.currentStreak))
                           .arg(p.level.level)
                           .arg(p.points));
    m_summary->setToolTip(tr("%1 points to level %2. Points come from asking, whatever the answer.")
                              .arg(p.level.nextAt - p.points)
                              .arg(p.level.level + 1));
}

AttemptDialog* MainWindow::openDialog() const
{
    return findChild<AttemptDialog*>();
}

void MainWindow::startAttempt(const AttemptStart& start)
{
    if (AttemptDialog* open = openDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new AttemptDialog(m_session, start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttemptDialog::saved, this, &MainWindow::attemptSaved);
    dialog->open();
}

void MainWindow::showWelcome(bool pledgeOnly)
{
    auto* dialog = new WelcomeDialog(m_session, this, pledgeOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportJournal()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/askanyway-journal.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Journal"), suggested, tr("Ask Anyway journal (*.json)"));
    if (path.isEmpty())
        return;
    try {
        core::writeFileAtomically(path.toStdString(), core::exportJournalText(m_session.db(), m_session.clock()));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Not exported"), QString::fromStdString(e.what()));
    }
}

void MainWindow::importJournal()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Journal"), QString(), tr("Ask Anyway journal (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Not imported"), tr("%1 could not be read.").arg(path));
        return;
    }
    try {
        const auto s = core::importJournal(m_session.db(), m_session.clock(), file.readAll().toStdString());
        m_session.notifyChanged();
        QMessageBox::information(this, tr("Imported"),
                                 tr("Added %1 attempts, %2 thought records and %3 ladders. Entries already "
                                    "in your journal were left as they were.")
                                     .arg(s.attempts.added)
                                     .arg(s.thoughtRecords.added)
                                     .arg(s.ladders.added));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Not imported"),
                             tr("Nothing was imported; your journal is unchanged.\n\n%1").arg(QString::fromStdString(e.what())));
    }
}

void MainWindow::restoreBackup()
{
    const QString folder = QString::fromStdString((m_session.path().parent_path() / "backups").string());
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from Backup"), folder, tr("Journal backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Restore this backup?"),
                              tr("Your journal will be replaced by the backup %1. What it holds now is saved as a "
                                 "backup of its own first, so this can be undone.")
                                  .arg(QFileInfo(path).fileName()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    try {
        const auto safety = core::restoreBackup(m_session.db(), m_session.path(), path.toStdString(),
                                                core::compactStamp(m_session.clock().now()));
        m_session.notifyChanged();
        QMessageBox::information(this, tr("Restored"),
                                 tr("The backup is restored. What the journal held before is kept in %1.")
                                     .arg(QString::fromStdString(safety.string())));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Not restored"), QString::fromStdString(e.what()));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ask Anyway"),
                       tr("<h3>Ask Anyway %1</h3><p>Practise hearing “no” in small, kind, deliberate "
                          "steps, and watch your own data show that it is survivable.</p><p>Your journal "
                          "stays on this computer: %2</p><p>Free software under the GNU GPL, version 3 or "
                          "later.</p>")
                           .arg(QApplication::applicationVersion(),
                                QString::fromStdString(m_session.path().string()).toHtmlEscaped()));
}

void MainWindow::showNotTherapy()
{
    QMessageBox::information(
        this, tr("Not therapy"),
        tr("<p>Ask Anyway is a self-help practice tool. It is not therapy and it cannot diagnose or "
           "treat anything.</p><p>If practising brings up more than you can carry, a counsellor or "
           "therapist can help you pace it.</p><p><b>If you are in crisis or thinking about harming "
           "yourself, contact your local emergency number now, or a crisis line in your "
           "country.</b></p>"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    QMainWindow::closeEvent(event);
}

} // namespace askanyway::app
