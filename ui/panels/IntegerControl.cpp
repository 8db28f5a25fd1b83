#include "ui/panels/IntegerControl.h"

#include <QHBoxLayout>
#include <QSignalBlocker>
#include <algorithm>

namespace gumbel::ui {

IntegerControl::IntegerControl(int minimum, int sliderMaximum, int maximum, QWidget* parent)
    : QWidget(parent), slider_(new QSlider(Qt::Horizontal)), spin_(new QSpinBox) {
    slider_->setRange(minimum, sliderMaximum);
    spin_->setRange(minimum, maximum);
    spin_->setKeyboardTracking(false);
    spin_->setAccelerated(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider_, 3);
    layout->addWidget(spin_, 1);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        {
            const QSignalBlocker block(spin_);
            spin_->setValue(v);
        }
        emit valueChanged(v);
    });
    connect(spin_, &QSpinBox::valueChanged, this, [this](int v) {
        {
            const QSignalBlocker block(slider_);
            slider_->setValue(std::min(v, slider_->maximum()));
        }
        emit valueChanged(v);
    });
}

void IntegerControl::setValue(int value) {
    const QSignalBlocker a(slider_);
    const QSignalBlocker b(spin_);
    spin_->setValue(value);
    slider_->setValue(std::min(value, slider_->maximum()));
}

void IntegerControl::setMaximum(int maximum, int sliderMaximum) {
    const QSignalBlocker a(slider_);
    const QSignalBlocker b(spin_);
    spin_->setMaximum(maximum);
    slider_->setMaximum(std::max(slider_->minimum() + 1, sliderMaximum));
    slider_->setEnabled(maximum > spin_->minimum());
}

void IntegerControl::setAccessibleNames(const QString& name) {
    spin_->setAccessibleName(name);
    slider_->setAccessibleName(tr("%1 slider").arg(name));
}

void IntegerControl::setToolTips(const QString& text) {
    slider_->setToolTip(text);
    spin_->setToolTip(text);
}

}  // namespace gumbel::ui
