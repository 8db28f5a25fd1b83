#pragma once
// Every parameter a person sets, grouped, keyboard-operable, with a tooltip
// on each control. Edits go through ExplorerState::apply(); a refused edit
// shows its reason and the controls return to the valid state.
#include <QWidget>

#include "ui/model/ExplorerState.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace gumbel::ui {

class IntegerControl;
class LogSpinBox;
class WeightsEditor;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(ExplorerState& state, QWidget* parent = nullptr);

    // Controls, for tests and for the keyboard shortcuts of the window.
    QSlider* tauSlider() const { return tauSlider_; }
    LogSpinBox* tauSpinBox() const { return tauSpin_; }
    QSlider* logitTemperatureSlider() const { return logitTSlider_; }
    LogSpinBox* logitTemperatureSpinBox() const { return logitTSpin_; }
    IntegerControl* kControl() const { return k_; }
    IntegerControl* dControl() const { return d_; }
    IntegerControl* mControl() const { return m_; }
    QSpinBox* seedSpinBox() const { return seed_; }
    QComboBox* noiseCombo() const { return noise_; }
    QPushButton* resampleButton() const { return resample_; }
    QComboBox* presetCombo() const { return preset_; }
    QDoubleSpinBox* presetParameterSpinBox() const { return presetParameter_; }
    WeightsEditor* weightsEditor() const { return weights_; }
    QComboBox* methodCombo() const { return method_; }
    QCheckBox* hardCheckBox() const { return hard_; }
    QSpinBox* samplesSpinBox() const { return samples_; }
    QSpinBox* binsSpinBox() const { return bins_; }
    QSpinBox* categorySpinBox() const { return category_; }
    QLabel* reasonLabel() const { return reason_; }

    static double tauFromSlider(int position);
    static int sliderFromTau(double tau);
    static double logitTemperatureFromSlider(int position);
    static int sliderFromLogitTemperature(double t);

private:
    void edit(const std::function<void(ExplorerParameters&)>& change);
    void syncFromState(ExplorerState::Changes what);
    QWidget* buildTemperatureGroup();
    QWidget* buildSizeGroup();
    QWidget* buildDistributionGroup();
    QWidget* buildSamplingGroup();

    ExplorerState& state_;
    QSlider* tauSlider_ = nullptr;
    LogSpinBox* tauSpin_ = nullptr;
    QLabel* tauReason_ = nullptr;
    QSlider* logitTSlider_ = nullptr;
    LogSpinBox* logitTSpin_ = nullptr;
    IntegerControl* k_ = nullptr;
    IntegerControl* d_ = nullptr;
    IntegerControl* m_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* resample_ = nullptr;
    QComboBox* noise_ = nullptr;
    QComboBox* preset_ = nullptr;
    QLabel* presetParameterLabel_ = nullptr;
    QDoubleSpinBox* presetParameter_ = nullptr;
    WeightsEditor* weights_ = nullptr;
    QComboBox* method_ = nullptr;
    QCheckBox* hard_ = nullptr;
    QSpinBox* samples_ = nullptr;
    QSpinBox* bins_ = nullptr;
    QSpinBox* category_ = nullptr;
    QLabel* reason_ = nullptr;
};

}  // namespace gumbel::ui
