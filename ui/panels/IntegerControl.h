#pragma once
// A slider and a spin box for one integer: the slider covers the common
// range, the spin box the whole range (typed values beyond the slider's end
// pin the slider there).
#include <QSlider>
#include <QSpinBox>
#include <QWidget>

namespace gumbel::ui {

class IntegerControl : public QWidget {
    Q_OBJECT
public:
    IntegerControl(int minimum, int sliderMaximum, int maximum, QWidget* parent = nullptr);

    int value() const { return spin_->value(); }
    void setValue(int value);  // no valueChanged signal
    void setMaximum(int maximum, int sliderMaximum);
    void setToolTips(const QString& text);
    // What assistive technology calls the spin box (`name`) and the slider ("`name` slider").
    void setAccessibleNames(const QString& name);
    QSlider* slider() const { return slider_; }
    QSpinBox* spinBox() const { return spin_; }

signals:
    void valueChanged(int value);

private:
    QSlider* slider_;
    QSpinBox* spin_;
};

}  // namespace gumbel::ui
