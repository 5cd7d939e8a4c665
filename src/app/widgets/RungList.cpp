#include "widgets/RungList.h"

#include "AppStyle.h"

#include <QKeyEvent>
#include <QPainter>

namespace askanyway::app {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QIcon ratingIcon(int rating)
{
    QPixmap pixmap(44, 28);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(style::anxietyColor(rating));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 2, 42, 24), 10, 10);
    p.setPen(QColor(0x1b, 0x1b, 0x1b));
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    p.drawText(pixmap.rect(), Qt::AlignCenter, QString::number(rating));
    return QIcon(pixmap);
}

} // namespace

RungList::RungList(QWidget* parent) : QListWidget(parent)
{
    setAccessibleName(tr("Rungs"));
    setIconSize(QSize(44, 28));
    setSpacing(3);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setMinimumHeight(300);
    connect(model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (auto step = selectedStep(); step && !m_filling)
            emit moveRequested(*step, rungOfRow(currentRow()));
    });
}

std::optional<std::string> RungList::selectedStep() const
{
    const QListWidgetItem* item = currentItem();
    return item ? std::optional(item->data(StepIdRole).toString().toStdString()) : std::nullopt;
}

void RungList::showLadder(const std::optional<core::LadderView>& view)
{
    const auto selected = selectedStep();
    m_filling = true;
    clear();
    if (view) {
        // Drawn top-down: the last (highest) rung first.
        for (auto it = view->steps.rbegin(); it != view->steps.rend(); ++it) {
            QStringList facts;
            facts << (it->attempts == 1 ? tr("1 attempt") : tr("%1 attempts").arg(it->attempts));
            if (it->lastPeak)
                facts << tr("last peak %1/10").arg(*it->lastPeak);
            if (it->ready)
                facts << tr("✓ ready to move up");
            const bool next = view->nextStepId == it->step.id;
            if (next)
                facts << tr("→ suggested next step");
            auto* item = new QListWidgetItem(ratingIcon(it->step.rating),
                                             qs(it->step.text) + QLatin1Char('\n') + facts.join(QStringLiteral("  ·  ")),
                                             this);
            item->setData(StepIdRole, qs(it->step.id));
            item->setData(ReadyRole, it->ready);
            item->setData(NextRole, next);
            item->setToolTip(style::anxietyMeaning(it->step.rating));
            item->setSizeHint(QSize(0, 52));
            if (next) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                // The accent, softened into the list's background, so the outline reads as a hint.
                const QColor accent = palette().color(QPalette::Highlight);
                const QColor base = palette().color(QPalette::Base);
                item->setBackground(QColor::fromRgbF(0.25f * accent.redF() + 0.75f * base.redF(),
                                                     0.25f * accent.greenF() + 0.75f * base.greenF(),
                                                     0.25f * accent.blueF() + 0.75f * base.blueF()));
            }
            if (selected && *selected == it->step.id)
                setCurrentItem(item);
        }
    }
    m_filling = false;
}

void RungList::keyPressEvent(QKeyEvent* event)
{
    const auto step = selectedStep();
    if (step && event->modifiers() & Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int rung = rungOfRow(currentRow()) + (event->key() == Qt::Key_Up ? 1 : -1);
        if (rung >= 0 && rung < count())
            emit moveRequested(*step, rung);
        return;
    }
    if (event->matches(QKeySequence::Delete)) {
        emit deleteRequested();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace askanyway::app
