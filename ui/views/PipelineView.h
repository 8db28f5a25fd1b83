#pragma once
// The algorithm step by step for one column of G, with the current numbers:
// u, eps = -log(-log u), log p + eps, divided by tau, and the softmax C
// (the noise and the tempered softmax written out for a chosen category). Below it,
// how the m-hot vector was built: every draw in order, repeats marked as
// rejected (rejection method) or the forced winner shown (exact method),
// and S as the row-wise max of V.
#include <QWidget>
#include <optional>

#include "ui/model/ExplorerParameters.h"
#include <memory>

#include "ui/model/LiveSample.h"

class QCheckBox;
class QLabel;
class QSpinBox;

namespace gumbel::ui {

class StepBars;

class PipelineView : public QWidget {
    Q_OBJECT
public:
    enum Step { Uniform, Noise, Shifted, Scaled, Softmax, StepCount };

    explicit PipelineView(QWidget* parent = nullptr);

    // Draws `sample` with its own parameters and distribution; keeps it for redraws when a spin box moves.
    void showSample(std::shared_ptr<const LiveSample> sample);
    const StepBars* step(Step which) const { return steps_[which]; }
    const StepBars* sBars() const { return s_; }
    QLabel* drawsText() const { return draws_; }
    QSpinBox* columnSpinBox() const { return column_; }
    QSpinBox* categorySpinBox() const { return category_; }
    QCheckBox* sameScaleBox() const { return sameScale_; }

private:
    void refresh();
    void showMHot();

    QSpinBox* column_;
    QSpinBox* category_;
    QCheckBox* sameScale_;
    StepBars* steps_[StepCount];
    QLabel* draws_;
    StepBars* s_;
    // The last inputs, so the spin boxes can redraw without the controller.
    std::shared_ptr<const LiveSample> sample_;
    ExplorerParameters parameters_;
    std::optional<Distribution> distribution_;
};

}  // namespace gumbel::ui
