#include "ui/ExplorerController.h"

#include "ui/views/ExplorerView.h"

namespace gumbel::ui {

ExplorerController::ExplorerController(ExplorerState& state, ExplorerView& view, QObject* parent)
    : QObject(parent), state_(state), view_(view) {
    connect(&state_, &ExplorerState::changed, this, &ExplorerController::stateChanged);
    connect(&thread_, &SamplingThread::updated, this, &ExplorerController::samplingUpdated, Qt::QueuedConnection);
    // A hidden view is not redrawn on every change; it catches up when it comes to the front.
    connect(&view_, &ExplorerView::shown, this, [this] {
        view_.showLiveSample(live_, state_.parameters(), state_.distribution());
        if (last_.stats) view_.showSampling(last_, state_.parameters(), state_.distribution());
    });
    refreshLive();
}

void ExplorerController::refreshLive() {
    live_.update(state_.parameters(), state_.distribution());
    if (view_.isVisible() || !view_.window()->isVisible()) view_.showLiveSample(live_, state_.parameters(), state_.distribution());
    emit liveSampleChanged();
}

void ExplorerController::stateChanged(ExplorerState::Changes what) {
    using S = ExplorerState;
    if (what & (S::Tau | S::Noise | S::Probabilities | S::Columns | S::MHot | S::Kind)) refreshLive();
    if (what & (S::Tau | S::Noise | S::Probabilities | S::MHot | S::Kind | S::Sampling)) {
        restartSampling();
    } else if ((what & S::Category) && last_.stats) {
        view_.showSampling(last_, state_.parameters(), state_.distribution());
    }
}

void ExplorerController::restartSampling() {
    const ExplorerParameters& p = state_.parameters();
    SamplingRequest request{state_.distribution(), SamplingJob{}, static_cast<std::uint64_t>(p.samples), threads_};
    request.job.tau = p.tau;
    request.job.mHot.m = p.m;
    request.job.mHot.method = p.method;
    request.job.mHot.kind = p.hard ? OneHotKind::Hard : OneHotKind::Relaxed;
    request.job.seed = p.seed;
    request.job.bins = p.bins;
    // The window shows which categories were accepted (histogram 4), never the sampled S: keep only the sets
    // (the exact method then draws them by Gumbel-top-m; the rejection rule still runs in full).
    request.job.mHotStats = MHotStats::AcceptedSet;
    complete_ = false;
    generation_ = thread_.request(request);
}

void ExplorerController::cancelSampling() {
    thread_.cancel();
    generation_ = 0;
    complete_ = false;
    emit samplingCancelled();
}

void ExplorerController::samplingUpdated(const SamplingUpdate& update) {
    if (update.generation != generation_) return;  // a superseded job
    last_ = update;
    if (!view_.isVisible() && view_.window()->isVisible()) {
        // Hidden behind another view: shown() draws the latest result later.
    } else if (update.stats) {
        view_.showSampling(update, state_.parameters(), state_.distribution());
    } else {
        view_.clearSampling(update.error);
    }
    emit samplingProgress(update.done, update.total, update.samplesPerSecond);
    if (update.finished) {
        complete_ = true;
        emit samplingFinished(update.error);
    }
}

}  // namespace gumbel::ui
