#pragma once
// The gradient lab's controls: the objective (a preset, or the table of t_i and w_i), the estimators shown,
// Gumbel-Rao's K, RLOO's draws, the gap kappa, decoupled straight-through's tau_b, samples per tau, the component
// whose distribution is drawn, and the optimisation race (batch, learning rate, steps, fixed tau or annealing).
// Every edit goes through GradientLab::apply; a refused value is named below the controls and the control shows the
// value in force again.
#include <QWidget>
#include <array>

#include "ui/model/GradientLab.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace gumbel::ui {

class GradientLabPanel : public QWidget {
    Q_OBJECT
public:
    GradientLabPanel(GradientLab& lab, ExplorerState& state, QWidget* parent = nullptr);

    void showSettings();  // from the lab's settings and the current k
    QTableWidget* table() const { return table_; }
    QComboBox* presetBox() const { return preset_; }
    QCheckBox* estimatorBox(Estimator e) const { return estimators_[static_cast<std::size_t>(e)]; }
    QLabel* problemLabel() const { return problem_; }
    QSpinBox* drawsBox() const { return draws_; }
    QDoubleSpinBox* gapBox() const { return gap_; }
    QDoubleSpinBox* backwardTauBox() const { return backwardTau_; }

protected:
    void changeEvent(QEvent* event) override;  // the styled estimator boxes follow font changes too

private:
    void edit(const std::function<void(GradientLabSettings&)>& change);
    void tableEdited(int row, int column);

    GradientLab& lab_;
    ExplorerState& state_;
    QComboBox* preset_;
    QTableWidget* table_;
    std::array<QCheckBox*, kEstimatorCount> estimators_{};
    QSpinBox* conditional_;
    QSpinBox* draws_;
    QDoubleSpinBox* gap_;
    QDoubleSpinBox* backwardTau_;
    QComboBox* samples_;
    QSpinBox* component_;
    QSpinBox* batch_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* steps_;
    QCheckBox* anneal_;
    QComboBox* schedule_;
    QDoubleSpinBox* annealRate_;
    QDoubleSpinBox* tauMin_;
    QLabel* problem_;
    bool showing_ = false;
};

}  // namespace gumbel::ui
