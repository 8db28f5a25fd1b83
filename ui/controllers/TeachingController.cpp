#include "ui/controllers/TeachingController.h"

#include <QTabWidget>

#include "ui/views/PipelineView.h"
#include "ui/views/SimplexView.h"
#include "ui/views/SweepView.h"
#include "ui/views/TemperaturesView.h"

namespace gumbel::ui {

TeachingController::TeachingController(ExplorerDocument& document, QTabWidget& tabs, PipelineView& pipeline,
                                       SimplexView& simplex, SweepView& sweep, TemperaturesView& temperatures,
                                       QObject* parent)
    : QObject(parent), document_(document), tabs_(tabs), pipeline_(pipeline), simplex_(simplex), sweep_(sweep),
      temperatures_(temperatures) {
    connect(&temperatures_, &TemperaturesView::temperaturesChanged, this, &TeachingController::showTemperatures);
    connect(&document_, &ExplorerDocument::liveSampleChanged, this, &TeachingController::refreshVisible);
    connect(&tabs_, &QTabWidget::currentChanged, this, &TeachingController::refreshVisible);
    connect(&document_, &ExplorerDocument::sweepStale, this, [this] {
        sweep_.clear();
        if (tabs_.currentWidget() == &sweep_) document_.requestSweep();
    });
    connect(&document_.state(), &ExplorerState::changed, this, [this](ExplorerState::Changes what) {
        if (what & ExplorerState::Tau) sweep_.showTau(document_.parameters().tau);
    });
    connect(&document_, &ExplorerDocument::sweepUpdated, this, [this](const SweepUpdate& update) {
        sweep_.showResult(update, document_.distribution());
        sweep_.showTau(document_.parameters().tau);
    });
    // One sample at a time: the simplex shows as many dots as the histograms hold samples.
    connect(&document_, &ExplorerDocument::samplesWantedChanged, this,
            [this] { simplex_.setShownSamples(document_.oneAtATime() ? document_.samplesWanted() : -1); });
    connect(&simplex_, &SimplexView::switchToThreeRequested, this, [this] {
        const Status status = document_.state().apply([](ExplorerParameters& p) { p.k = 3; });
        if (!status) emit document_.state().notice(QString::fromStdString(status.error()));
    });
}

void TeachingController::refreshVisible() {
    QWidget* front = tabs_.currentWidget();
    if (front == &pipeline_) pipeline_.showSample(document_.liveSamplePointer());
    if (front == &simplex_) simplex_.showState(document_.parameters(), document_.distribution());
    if (front == &sweep_) document_.requestSweep();
    if (front == &temperatures_) showTemperatures();
}

void TeachingController::showTemperatures() {
    const ExplorerParameters& p = document_.parameters();
    std::array<std::shared_ptr<const LiveSample>, TemperaturesView::kColumns> samples;
    const long long cells = static_cast<long long>(p.k) * p.d;
    if (cells > ExplorerDocument::kSyncLiveCells) {
        shownTemperatures_.reset();
        temperatures_.showSamples(samples, tr("k x d = %1 cells is too large to draw three times at once; lower d to "
                                              "at most %2 cells").arg(cells).arg(ExplorerDocument::kSyncLiveCells));
        return;
    }
    const auto taus = temperatures_.temperatures();
    // The main tau and soft/hard do not enter these three samples: annealing in front of this view costs nothing.
    ExplorerParameters key = p;
    key.tau = 1.0;
    key.hard = false;
    if (shownTemperatures_ && shownTemperatures_->first == key && shownTemperatures_->second == taus) return;
    shownTemperatures_ = std::make_pair(key, taus);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        ExplorerParameters at = p;
        at.tau = taus[i];
        at.hard = false;  // three temperatures of the relaxed sample, whatever the main view shows
        samples[i] = LiveSample::compute(at, document_.distribution(), &document_.liveSample());
    }
    temperatures_.showSamples(samples);
}

void TeachingController::refreshAll() {
    pipeline_.showSample(document_.liveSamplePointer());
    simplex_.showState(document_.parameters(), document_.distribution());
    showTemperatures();
    if (document_.lastSweep().generation != 0) {
        sweep_.showResult(document_.lastSweep(), document_.distribution());
        sweep_.showTau(document_.parameters().tau);
    }
}

}  // namespace gumbel::ui
