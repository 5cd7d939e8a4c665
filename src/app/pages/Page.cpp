#include "pages/Page.h"

#include "AppStyle.h"
#include "JournalSession.h"

#include <QVBoxLayout>

namespace askanyway::app {

Page::Page(JournalSession& session, QWidget* parent) : QScrollArea(parent), m_session(session)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* outer = new QWidget(this);
    auto* row = new QHBoxLayout(outer);
    row->setContentsMargins(style::kMargin, style::kMargin, style::kMargin, style::kMargin);
    auto* body = new QWidget(outer);
    body->setMaximumWidth(style::kReadingWidth);
    m_column = new QVBoxLayout(body);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(style::kBetween);
    row->addStretch();
    row->addWidget(body, 100);
    row->addStretch();
    setWidget(outer);
    connect(&session, &JournalSession::changed, this, &Page::requestReload);
}

void Page::requestReload()
{
    if (isVisible()) {
        m_stale = false;
        reload();
    } else {
        m_stale = true;
    }
}

void Page::showEvent(QShowEvent* event)
{
    QScrollArea::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace askanyway::app
