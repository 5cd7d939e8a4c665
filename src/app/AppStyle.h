#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;
class QFrame;
class QLabel;
class QLayout;
class QPushButton;
class QWidget;

namespace askanyway::app::style {

// One spacing scale for the whole app (ui-guide.md): 4, 8, 16, 24 px.
constexpr int kTight = 4;
constexpr int kInside = 8;
constexpr int kBetween = 16;
constexpr int kMargin = 24;
constexpr int kReadingWidth = 900;

enum class Theme { System, Light, Dark };

Theme savedTheme();
void saveTheme(Theme theme);
// Fusion with the chosen palette, and the few style rules the widgets share (cards, the primary
// button, chips). The rules name palette roles, so they follow a dark palette too.
void applyTheme(QApplication& app, Theme theme);

QLabel* pageTitle(const QString& text, QWidget* parent);
QLabel* sectionTitle(const QString& text, QWidget* parent);
QLabel* secondary(const QString& text, QWidget* parent);
// Gives a label the colour the app uses for a refusal shown beside a field.
void markAsError(QLabel* label);
QPushButton* primaryButton(const QString& text, QWidget* parent);
// A rounded frame on the Base colour for one unit of content (a task, a day, a rung).
QFrame* card(QWidget* parent, bool highlighted = false);
void clearLayout(QLayout* layout);

// The three bands of the 0-10 scale, with the number always shown beside the colour.
QColor anxietyColor(int anxiety);
// What a rating means, in words: "7 — hard, but I can bear it".
QString anxietyMeaning(int anxiety);
QLabel* anxietyChip(int anxiety, QWidget* parent);
// "●●○○○" for a difficulty of 2.
QString difficultyDots(int difficulty);

// A monochrome icon drawn from a glyph in the palette's text colour, so the sidebar has icons
// even where no icon theme is installed.
QIcon glyphIcon(const QString& glyph);

} // namespace askanyway::app::style
