#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace askanyway::app {

// A 0-10 rating that always shows its number and its meaning ("7 — hard, but I can bear it"),
// with the band colour beside the words. Keyboard: arrows, Page Up/Down, Home/End.
class AnxietySlider : public QWidget
{
    Q_OBJECT
public:
    explicit AnxietySlider(QWidget* parent = nullptr);

    int value() const;
    void setValue(int value);
    QSlider* slider() const { return m_slider; }

signals:
    void valueChanged(int value);

private:
    void update(int value);

    QSlider* m_slider;
    QLabel* m_chip;
    QLabel* m_words;
};

// The same for a percentage (the likelihood of a no), in steps of 5.
class PercentSlider : public QWidget
{
    Q_OBJECT
public:
    explicit PercentSlider(QWidget* parent = nullptr);

    int value() const;
    void setValue(int value);
    QSlider* slider() const { return m_slider; }

private:
    QSlider* m_slider;
    QLabel* m_label;
};

} // namespace askanyway::app
