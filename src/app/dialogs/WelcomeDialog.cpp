#include "dialogs/WelcomeDialog.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "ethics/Pledge.h"
#include "ui_WelcomeDialog.h"

#include <QSettings>

namespace askanyway::app {

WelcomeDialog::WelcomeDialog(JournalSession& session, QWidget* parent, bool pledgeOnly)
    : QDialog(parent), m_ui(std::make_unique<Ui::WelcomeDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    for (QLabel* title : {m_ui->introTitle, m_ui->howTitle, m_ui->pledgeTitle})
        title->setFont(style::pageTitle(QString(), this)->font());
    m_ui->pledgeNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->progressLabel->setForegroundRole(QPalette::PlaceholderText);
    QString list = QStringLiteral("<ol>");
    for (const std::string& promise : core::Pledge::promises())
        list += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(QString::fromStdString(promise).toHtmlEscaped());
    m_ui->pledgeList->setText(list + QStringLiteral("</ol>"));

    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] {
        if (page() == 2)
            accept();
        else
            goToPage(page() + 1);
    });
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { goToPage(page() - 1); });
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &WelcomeDialog::takePledge);
    // Declining is fine and needs no second dialog: the note beside the buttons already says
    // what stays locked and where to come back.
    connect(m_ui->declineButton, &QPushButton::clicked, this, [this] {
        QSettings().setValue(QStringLiteral("welcome/done"), true);
        reject();
    });
    setWindowTitle(tr("Welcome to Ask Anyway"));
    goToPage(pledgeOnly ? 2 : 0);
}

WelcomeDialog::~WelcomeDialog() = default;

int WelcomeDialog::page() const
{
    return m_ui->stack->currentIndex();
}

void WelcomeDialog::goToPage(int index)
{
    index = std::clamp(index, 0, 2);
    m_ui->stack->setCurrentIndex(index);
    const bool last = index == 2;
    const bool accepted = m_session.practice().pledgeAccepted();
    m_ui->backButton->setVisible(index > 0);
    m_ui->nextButton->setVisible(!last || accepted);
    m_ui->nextButton->setText(last ? tr("&Close") : tr("&Next"));
    m_ui->acceptButton->setVisible(last && !accepted);
    m_ui->declineButton->setVisible(last && !accepted);
    m_ui->progressLabel->setText(tr("%1 of 3").arg(index + 1));
    if (last && accepted)
        m_ui->pledgeNote->setText(tr("You took this pledge on %1. Thank you.")
                                      .arg(QString::fromStdString(core::Pledge(m_session.db(), m_session.clock())
                                                                      .acceptedAt()
                                                                      .value_or("")
                                                                      .substr(0, 10))));
    (last && !accepted ? m_ui->acceptButton : m_ui->nextButton)->setDefault(true);
}

void WelcomeDialog::takePledge()
{
    m_session.practice().acceptPledge();
    QSettings().setValue(QStringLiteral("welcome/done"), true);
    m_session.notifyChanged();
    accept();
}

} // namespace askanyway::app
