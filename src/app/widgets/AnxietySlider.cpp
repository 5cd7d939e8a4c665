#include "widgets/AnxietySlider.h"

#include "AppStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace askanyway::app {

AnxietySlider::AnxietySlider(QWidget* parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_chip(new QLabel(this)),
      m_words(new QLabel(this))
{
    m_slider->setRange(0, 10);
    m_slider->setPageStep(2);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setMinimumWidth(160);
    m_chip->setObjectName(QStringLiteral("chip"));
    m_chip->setMinimumWidth(44);
    m_chip->setAlignment(Qt::AlignCenter);
    m_words->setMinimumWidth(190);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::kInside);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_chip);
    layout->addWidget(m_words);
    setFocusProxy(m_slider);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        update(v);
        emit valueChanged(v);
    });
    m_slider->setValue(5);
    update(5);
}

int AnxietySlider::value() const
{
    return m_slider->value();
}

void AnxietySlider::setValue(int value)
{
    m_slider->setValue(value);
    update(m_slider->value());
}

void AnxietySlider::update(int value)
{
    m_chip->setText(QStringLiteral("%1/10").arg(value));
    m_chip->setStyleSheet(QStringLiteral("background: %1;").arg(style::anxietyColor(value).name()));
    const QString meaning = style::anxietyMeaning(value);
    m_words->setText(meaning.section(QStringLiteral(" — "), 1));
    m_slider->setAccessibleDescription(meaning);
    m_slider->setToolTip(tr("0 = calm, 10 = the worst you can imagine. Now: %1").arg(meaning));
}

PercentSlider::PercentSlider(QWidget* parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_label(new QLabel(this))
{
    m_slider->setRange(0, 100);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(10);
    m_slider->setMinimumWidth(160);
    m_label->setMinimumWidth(44 + 190 + style::kInside);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style::kInside);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    setFocusProxy(m_slider);
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int v) { m_label->setText(tr("%1 % chance of a no").arg(v)); });
    m_slider->setValue(50);
    m_label->setText(tr("%1 % chance of a no").arg(50));
}

int PercentSlider::value() const
{
    return m_slider->value();
}

void PercentSlider::setValue(int value)
{
    m_slider->setValue(value);
}

} // namespace askanyway::app
