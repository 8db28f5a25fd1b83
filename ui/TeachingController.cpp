#include "ui/TeachingController.h"

#include <QTabWidget>

#include "ui/ExplorerController.h"
#include "ui/views/PipelineView.h"
#include "ui/views/SimplexView.h"
#include "ui/views/SweepView.h"

namespace gumbel::ui {

TeachingController::TeachingController(ExplorerState& state, ExplorerController& explorer, QTabWidget& tabs,
                                       PipelineView& pipeline, SimplexView& simplex, SweepView& sweep, QObject* parent)
    : QObject(parent), state_(state), explorer_(explorer), tabs_(tabs), pipeline_(pipeline), simplex_(simplex), sweep_(sweep) {
    connect(&explorer_, &ExplorerController::liveSampleChanged, this, &TeachingController::refreshVisible);
    connect(&tabs_, &QTabWidget::currentChanged, this, &TeachingController::refreshVisible);
    connect(&state_, &ExplorerState::changed, this, [this](ExplorerState::Changes what) {
        if (what & (ExplorerState::Probabilities | ExplorerState::Noise | ExplorerState::Kind)) {
            sweepDirty_ = true;
            sweepComplete_ = false;
            if (tabs_.currentWidget() == &sweep_) {
                restartSweep();
            } else {
                // The running sweep is for the old p: stop it, and ignore anything it still sends.
                sweepComputer_.cancel();
                sweepGeneration_ = 0;
            }
        }
        if (what & ExplorerState::Tau) sweep_.showTau(state_.parameters().tau);
    });
    connect(&sweepComputer_, &SweepComputer::updated, this, [this](const SweepUpdate& update) {
        if (update.generation != sweepGeneration_) return;
        sweep_.showResult(update, state_.distribution());
        sweep_.showTau(state_.parameters().tau);
        if (update.finished) {
            sweepComplete_ = true;
            emit sweepFinished();
        }
    }, Qt::QueuedConnection);
    connect(&simplex_, &SimplexView::switchToThreeRequested, this, [this] {
        (void)state_.apply([](ExplorerParameters& p) { p.k = 3; });
    });
}

void TeachingController::refreshVisible() {
    QWidget* front = tabs_.currentWidget();
    if (front == &pipeline_) pipeline_.showSample(explorer_.liveSample(), state_.parameters(), state_.distribution());
    if (front == &simplex_) simplex_.showState(state_.parameters(), state_.distribution());
    if (front == &sweep_ && sweepDirty_) restartSweep();
}

void TeachingController::restartSweep() {
    sweepDirty_ = false;
    sweepComplete_ = false;
    sweep_.clear();
    const ExplorerParameters& p = state_.parameters();
    sweepGeneration_ = sweepComputer_.request(state_.distribution(), p.seed, p.hard, SweepComputer::defaultTaus(40), kSweepSamples);
}

}  // namespace gumbel::ui
