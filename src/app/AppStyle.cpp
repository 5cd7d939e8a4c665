#include "AppStyle.h"

#include "progress/Forecast.h"

#include <QApplication>
#include <QCoreApplication>

#include <algorithm>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace askanyway::app::style {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xe6, 0xe3);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x9d, 0x8f));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xc4, 0xb8));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3b, 0x3e, 0x44));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x83));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf1, 0xec)); // warm paper
    p.setColor(QPalette::Base, QColor(0xff, 0xfd, 0xf9));
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xf5, 0xf0));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x7a, 0x70));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6f, 0x6a, 0x64));
    return p;
}

const char* const kRules = R"(
QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 8px; }
QFrame#card[highlighted="true"] { border: 2px solid palette(highlight); }
QFrame#card[muted="true"] { background: palette(window); }
QPushButton[primary="true"] { background: palette(highlight); color: palette(highlighted-text);
    border: none; border-radius: 6px; padding: 8px 18px; font-weight: 600; }
QPushButton[primary="true"]:disabled { background: palette(mid); }
QPushButton[primary="true"]:focus { border: 2px solid palette(text); }
QPushButton[choice="true"] { padding: 10px 14px; border-radius: 6px; background: palette(button);
    border: 1px solid palette(mid); }
QPushButton[choice="true"]:focus { border: 2px solid palette(highlight); }
QPushButton[choice="true"]:checked { background: palette(highlight); color: palette(highlighted-text); }
QListWidget#sidebar { border: none; background: transparent; font-size: 11pt; }
QListWidget#sidebar::item { padding: 8px 10px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel#chip { border-radius: 8px; padding: 1px 8px; color: #1b1b1b; font-weight: 600; }
QFrame#undoBar { background: palette(tool-tip-base); border: 1px solid palette(mid); border-radius: 6px; }
)";

} // namespace

Theme savedTheme()
{
    const QString name = QSettings().value(QStringLiteral("appearance/theme")).toString();
    return name == QLatin1String("dark") ? Theme::Dark : name == QLatin1String("light") ? Theme::Light : Theme::System;
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("appearance/theme"),
                         theme == Theme::Dark    ? QStringLiteral("dark")
                         : theme == Theme::Light ? QStringLiteral("light")
                                                 : QStringLiteral("system"));
}

void applyTheme(QApplication& app, Theme theme)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == Theme::Dark)
        QApplication::setPalette(darkPalette());
    else if (theme == Theme::Light)
        QApplication::setPalette(lightPalette());
    else
        QApplication::setPalette(QApplication::style()->standardPalette());
    app.setStyleSheet(QString::fromLatin1(kRules));
}

QLabel* pageTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* secondary(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void markAsError(QLabel* label)
{
    QPalette warning = label->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(warning);
    label->setWordWrap(true);
}

QPushButton* primaryButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setProperty("primary", true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QFrame* card(QWidget* parent, bool highlighted)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    frame->setProperty("highlighted", highlighted);
    return frame;
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            // Out of the tree at once (a redraw must not find the old widgets), deleted later
            // (one of them may be the button whose click caused the redraw).
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        if (QLayout* inner = item->layout())
            clearLayout(inner);
        delete item;
    }
}

QColor anxietyColor(int anxiety)
{
    switch (core::anxietyBand(anxiety)) {
    case core::AnxietyBand::Calm:
        return QColor(0x7f, 0xc8, 0xb6); // teal-green
    case core::AnxietyBand::Practice:
        return QColor(0xf2, 0xc1, 0x4e); // amber
    case core::AnxietyBand::High:
        return QColor(0xf0, 0x8a, 0x76); // coral
    }
    return {};
}

QString anxietyMeaning(int anxiety)
{
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("AnxietyScale", "calm"),
        QT_TRANSLATE_NOOP("AnxietyScale", "barely there"),
        QT_TRANSLATE_NOOP("AnxietyScale", "a little flutter"),
        QT_TRANSLATE_NOOP("AnxietyScale", "noticeable, easy"),
        QT_TRANSLATE_NOOP("AnxietyScale", "uneasy — the practice zone"),
        QT_TRANSLATE_NOOP("AnxietyScale", "nervous — the practice zone"),
        QT_TRANSLATE_NOOP("AnxietyScale", "tense, but manageable"),
        QT_TRANSLATE_NOOP("AnxietyScale", "hard, but I can bear it"),
        QT_TRANSLATE_NOOP("AnxietyScale", "very hard — a smaller step may help"),
        QT_TRANSLATE_NOOP("AnxietyScale", "close to overwhelming"),
        QT_TRANSLATE_NOOP("AnxietyScale", "the worst I can imagine"),
    };
    const int i = std::clamp(anxiety, 0, 10);
    return QStringLiteral("%1 — %2").arg(i).arg(QCoreApplication::translate("AnxietyScale", words[i]));
}

QLabel* anxietyChip(int anxiety, QWidget* parent)
{
    auto* chip = new QLabel(QStringLiteral("%1/10").arg(anxiety), parent);
    chip->setObjectName(QStringLiteral("chip"));
    chip->setStyleSheet(QStringLiteral("background: %1;").arg(anxietyColor(anxiety).name()));
    chip->setToolTip(anxietyMeaning(anxiety));
    return chip;
}

QString difficultyDots(int difficulty)
{
    QString dots;
    for (int i = 1; i <= 5; ++i)
        dots += i <= difficulty ? QChar(0x25CF) : QChar(0x25CB);
    return dots;
}

QIcon glyphIcon(const QString& glyph)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        for (auto mode : {QIcon::Normal, QIcon::Selected}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            QFont font = QApplication::font();
            font.setPixelSize(size * 3 / 4);
            painter.setFont(font);
            painter.setPen(QApplication::palette().color(mode == QIcon::Selected ? QPalette::HighlightedText
                                                                               : QPalette::WindowText));
            painter.drawText(pixmap.rect(), Qt::AlignCenter, glyph);
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace askanyway::app::style
