#include "MainWindow.h"

#include "JournalSession.h"
#include "common/Error.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"
#include "models/AttemptTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

QLabel* titleLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* secondaryLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

} // namespace

MainWindow::MainWindow(JournalSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_model(new AttemptTableModel(this))
{
    setWindowTitle(tr("Journal — Ask Anyway"));
    setMinimumSize(720, 480);
    buildMenus();
    setCentralWidget(buildJournalPage());
    reload();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1024, 680);
}

void MainWindow::buildMenus()
{
    m_logAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")),
                              tr("&Log an Attempt…"), this);
    m_logAction->setShortcut(QKeySequence::New);
    m_logAction->setToolTip(tr("Record an ask, or plan one for later (Ctrl+N)"));
    connect(m_logAction, &QAction::triggered, this, &MainWindow::logAttempt);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_logAction);
    file->addSeparator();
    file->addAction(quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Not Therapy — Where to Get Help"), this, &MainWindow::showNotTherapy);
    help->addAction(tr("&About Ask Anyway"), this, &MainWindow::showAbout);
}

QWidget* MainWindow::buildJournalPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto* header = new QHBoxLayout;
    auto* headings = new QVBoxLayout;
    headings->setSpacing(4);
    headings->addWidget(titleLabel(tr("Journal"), page));
    m_summary = secondaryLabel(QString(), page);
    headings->addWidget(m_summary);
    header->addLayout(headings, 1);
    auto* logButton = new QPushButton(tr("Log an attempt"), page);
    logButton->setDefault(true);
    logButton->setToolTip(m_logAction->toolTip());
    connect(logButton, &QPushButton::clicked, m_logAction, &QAction::trigger);
    header->addWidget(logButton, 0, Qt::AlignBottom);
    layout->addLayout(header);

    m_journalStack = new QStackedWidget(page);
    auto* empty = new QWidget(m_journalStack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto* emptyText = new QLabel(tr("No attempts yet. Your first ask can be tiny — asking a "
                                    "stranger for the time counts."),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    auto* emptyButton = new QPushButton(tr("Log your first attempt"), empty);
    connect(emptyButton, &QPushButton::clicked, m_logAction, &QAction::trigger);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_table = new QTableView(m_journalStack);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AttemptTableModel::Title, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_journalStack->addWidget(empty);
    m_journalStack->addWidget(m_table);
    layout->addWidget(m_journalStack, 1);
    return page;
}

void MainWindow::reload()
{
    core::AttemptRepository repo(m_session.db(), m_session.clock());
    m_model->setAttempts(repo.list());
    const int n = m_model->rowCount();
    m_journalStack->setCurrentIndex(n == 0 ? 0 : 1);
    m_summary->setText(n == 0 ? tr("Every ask you log is kept here, on this computer only.")
                     : n == 1 ? tr("One attempt logged. It took courage.")
                              : tr("%1 attempts logged. Every one of them took courage.").arg(n));
}

AttemptDialog* MainWindow::openDialog() const
{
    return findChild<AttemptDialog*>();
}

void MainWindow::logAttempt()
{
    if (openDialog()) {
        openDialog()->raise();
        return;
    }
    auto* dialog = new AttemptDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        try {
            core::AttemptRepository(m_session.db(), m_session.clock()).add(dialog->attempt());
        } catch (const core::Error& e) {
            QMessageBox::warning(this, tr("Not saved"),
                                 tr("The attempt could not be saved: %1").arg(QString::fromStdString(e.what())));
        }
        reload();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ask Anyway"),
                       tr("<h3>Ask Anyway %1</h3><p>Practice hearing “no” in small, kind, "
                          "deliberate steps, and watch your own data show that it is "
                          "survivable.</p><p>Your journal stays on this computer: %2</p>"
                          "<p>Free software under the GNU GPL, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion(),
                                QString::fromStdString(m_session.path().string()).toHtmlEscaped()));
}

void MainWindow::showNotTherapy()
{
    QMessageBox::information(
        this, tr("Not therapy"),
        tr("<p>Ask Anyway is a self-help practice tool. It is not therapy and it cannot "
           "diagnose or treat anything.</p><p>If practising brings up more than you can carry, a "
           "counsellor or therapist can help you pace it.</p><p><b>If you are in crisis or "
           "thinking about harming yourself, contact your local emergency number now, or a "
           "crisis line in your country.</b></p>"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace askanyway::app
