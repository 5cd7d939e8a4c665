#include "widgets/UndoBar.h"

#include "AppStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace askanyway::app {

UndoBar::UndoBar(QWidget* parent) : QFrame(parent), m_message(new QLabel(this)), m_button(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("undoBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(style::kBetween, style::kInside, style::kInside, style::kInside);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_button);
    m_button->setToolTip(tr("Put it back (Ctrl+Z)"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UndoBar::dismiss);
    connect(m_button, &QPushButton::clicked, this, &UndoBar::undo);
    hide();
}

void UndoBar::offer(const QString& message, std::function<void()> undo, int milliseconds)
{
    m_message->setText(message);
    m_undo = std::move(undo);
    show();
    m_timer.start(milliseconds);
    emit availabilityChanged(true);
}

void UndoBar::undo()
{
    auto action = std::move(m_undo);
    dismiss();
    if (action)
        action();
}

void UndoBar::dismiss()
{
    m_timer.stop();
    m_undo = nullptr;
    hide();
    emit availabilityChanged(false);
}

} // namespace askanyway::app
