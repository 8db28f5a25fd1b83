#include "ui/BenchmarkSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <sys/resource.h>
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "core/Theory.h"
#include "ui/views/PipelineView.h"
#include "ui/views/SimplexView.h"
#include "ui/charts/ChartPlot.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/views/ExplorerView.h"
#include "ui/views/HeatmapWidget.h"

namespace gumbel::ui {

namespace {

double percentile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    const double position = q * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(position));
    const auto hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (position - static_cast<double>(lo));
}

// Waits in the event loop until `done` holds, woken by the document's finished signals (or the timeout).
bool waitUntil(ExplorerDocument& document, const std::function<bool()>& done, int timeoutMs) {
    if (done()) return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    const auto check = [&] {
        if (done()) loop.quit();
    };
    QObject::connect(&document, &ExplorerDocument::samplingFinished, &loop, check);
    QObject::connect(&document, &ExplorerDocument::sweepFinished, &loop, check);
    QObject::connect(&document.gradientLab(), &GradientLab::sweepUpdated, &loop, check);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return done();
}

// The longest gap of a 2 ms timer while it runs, minus the interval: how long the event loop was blocked.
class Heartbeat {
public:
    Heartbeat() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kIntervalMs);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            worst_ = std::max(worst_, static_cast<double>(clock_.nsecsElapsed()) * 1e-6 - kIntervalMs);
            clock_.restart();
        });
    }
    void start() {
        worst_ = 0.0;
        clock_.start();
        timer_.start();
    }
    double stop() {
        timer_.stop();
        return std::max(0.0, worst_);
    }

private:
    static constexpr int kIntervalMs = 2;
    QTimer timer_;
    QElapsedTimer clock_;
    double worst_ = 0.0;
};

// Runs the event loop until the live sample shows the current parameters (or the timeout).
bool waitForLive(ExplorerDocument& document, int timeoutMs) {
    if (document.liveSampleCurrent()) return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&document, &ExplorerDocument::liveSampleChanged, &loop, [&] {
        if (document.liveSampleCurrent()) loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return document.liveSampleCurrent();
}

// The process's peak resident memory so far, in MB.
double peakResidentMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

// Applies a scripted change; the benchmark's own values are always valid.
void set(ExplorerDocument& document, const std::function<void(ExplorerParameters&)>& edit) {
    const Status status = document.state().apply(edit);
    Q_ASSERT(status.ok());
    (void)status;
}

}  // namespace

QString runBenchmarkSession(ExplorerDocument& document, const BenchmarkViews& views) {
    ExplorerView& view = views.explorer;
    const auto histogramsDone = [&document] { return document.samplingComplete(); };
    set(document, [](ExplorerParameters& p) {
        p.k = 64;
        p.d = 512;
        p.m = 8;
        p.tau = 0.1;
        p.samples = 100000;
    });
    QApplication::processEvents();

    std::vector<double> changeMs;
    QElapsedTimer clock;
    for (int i = 0; i < 200; ++i) {
        const double tau = std::pow(10.0, -2.0 + 3.0 * i / 199.0);
        clock.start();
        set(document, [tau](ExplorerParameters& p) { p.tau = tau; });
        view.gHeatmap()->repaint();
        view.vHeatmap()->repaint();
        view.sChart()->repaintNow();
        changeMs.push_back(static_cast<double>(clock.nsecsElapsed()) * 1e-6);
        QApplication::processEvents();  // let the window breathe between changes, as a drag would
    }

    // The largest matrix the window allows: tau dragged over 100 values at k = 1000, d = 10000 (the live sample
    // is computed in the background there), each from the change to the finished repaint of G, with the event
    // loop watched throughout.
    set(document, [](ExplorerParameters& p) {
        p.k = 1000;
        p.d = 10000;
        p.tau = 0.1;
    });
    waitForLive(document, 60000);
    std::vector<double> largeMs;
    Heartbeat dragHeartbeat;
    dragHeartbeat.start();
    for (int i = 0; i < 100; ++i) {
        const double tau = std::pow(10.0, -2.0 + 3.0 * i / 99.0);
        clock.start();
        set(document, [tau](ExplorerParameters& p) { p.tau = tau; });
        waitForLive(document, 60000);
        view.gHeatmap()->repaint();
        largeMs.push_back(static_cast<double>(clock.nsecsElapsed()) * 1e-6);
        QApplication::processEvents();
    }
    const double dragStallMs = dragHeartbeat.stop();

    set(document, [](ExplorerParameters& p) {
        p.k = 20;
        p.d = 32;
        p.m = 5;
        p.tau = 0.1;
        p.samples = 10000;
    });
    waitUntil(document, histogramsDone, 60000);

    Heartbeat heartbeat;
    clock.start();
    heartbeat.start();
    set(document, [](ExplorerParameters& p) { p.samples = 1000000; });
    const bool done = waitUntil(document, histogramsDone, 120000);
    const double histogramSeconds = static_cast<double>(clock.nsecsElapsed()) * 1e-9;
    const double maxStallMs = heartbeat.stop();

    // The largest sizes the window allows: k = 1000, m = 50, zipf:1.1 (all p distinct), exact method,
    // N = 1e5, from the change to completion (the exact P(i in S) included: it is computed first).
    set(document, [](ExplorerParameters& p) {
        p.k = 1000;
        p.m = 50;
        p.d = 32;
        p.preset = Preset::Zipf;
        p.presetParameter = 1.1;
        p.method = MHotMethod::Exact;
        p.samples = 100000;
    });
    clock.start();
    const bool largeDone = waitUntil(document, histogramsDone, 120000);
    const double largeSeconds = static_cast<double>(clock.nsecsElapsed()) * 1e-9;
    const bool largeOverlay = view.inclusionChart()->isSeriesVisible(ExplorerView::ExactInclusion);

    // Repainting the charts of 1,000 categories (S, the winner and inclusion histograms: 1,000 bars and 1,000
    // markers each), 20 times each, as the histograms' progress updates do. A uniform p makes every bar tall, the
    // hardest case for a vector fill (random input's seed 1130 froze the window there).
    set(document, [](ExplorerParameters& p) { p.preset = Preset::Uniform; });
    waitUntil(document, histogramsDone, 120000);
    std::vector<double> denseMs;
    for (int i = 0; i < 20; ++i) {
        for (ChartPlot* chart : {view.sChart(), view.argmaxChart(), view.inclusionChart()}) {
            clock.start();
            chart->repaintNow();
            denseMs.push_back(static_cast<double>(clock.nsecsElapsed()) * 1e-6);
        }
    }

    // The inclusion probabilities alone at the same size (as the sampling thread computes them, all cores).
    const Result<Distribution> zipf = Distribution::named("zipf:1.1", 1000);
    clock.start();
    const Result<Eigen::VectorXd> inclusion = theory::inclusionProbabilities(zipf.value(), 50);
    const double theorySeconds = static_cast<double>(clock.nsecsElapsed()) * 1e-9;

    // Teaching views at the defaults: tau dragged over 100 values with the view in front,
    // from the change to its finished repaint.
    const auto dragTau = [&](QWidget& view) {
        std::vector<double> ms;
        for (int i = 0; i < 100; ++i) {
            const double tau = std::pow(10.0, -2.0 + 3.0 * i / 99.0);
            clock.start();
            set(document, [tau](ExplorerParameters& p) { p.tau = tau; });
            view.repaint();
            ms.push_back(static_cast<double>(clock.nsecsElapsed()) * 1e-6);
            QApplication::processEvents();
        }
        return percentile(ms, 0.95);
    };
    set(document, [](ExplorerParameters& p) { p = ExplorerParameters{}; });
    views.showView(ViewId::Pipeline);
    QApplication::processEvents();
    const double pipelineMs = dragTau(views.pipeline);
    set(document, [](ExplorerParameters& p) {
        p = ExplorerParameters{};
        p.k = 3;
    });
    views.showView(ViewId::Simplex);
    QApplication::processEvents();
    const double simplexMs = dragTau(views.simplex);

    // The sweep: 40 tau points x 1e5 samples at k = 10, from the start to the last point.
    set(document, [](ExplorerParameters& p) { p = ExplorerParameters{}; });
    document.cancelSampling();
    clock.start();
    views.showView(ViewId::Sweep);
    const bool sweepDone = waitUntil(document, [&document] { return document.sweepComplete(); }, 120000);
    const double sweepSeconds = static_cast<double>(clock.nsecsElapsed()) * 1e-9;

    // The gradient lab's sweep: 40 tau points x the five estimators (Gumbel-Rao with K = 10) x 1e4 samples at
    // k = 10, from bringing the lab to the front to the last point, with the window's event loop watched.
    set(document, [](ExplorerParameters& p) { p = ExplorerParameters{}; });
    document.gradientLab().restore(GradientLabSettings{});  // K = 10, 1e4 samples, every estimator
    Heartbeat labHeartbeat;
    clock.start();
    labHeartbeat.start();
    views.showView(ViewId::Gradients);
    const bool labDone = waitUntil(document, [&document] { return document.gradientLab().sweepComplete(); }, 120000);
    const double labSeconds = static_cast<double>(clock.nsecsElapsed()) * 1e-9;
    const double labStallMs = labHeartbeat.stop();

    return QString("{\"param_change_ms_p50\": %1, \"param_change_ms_p95\": %2, \"histograms_1e6_s\": %3, "
                   "\"max_event_loop_stall_ms\": %4, \"histograms_completed\": %5, \"pipeline_repaint_ms_p95\": %6, "
                   "\"simplex_repaint_ms_p95\": %7, \"sweep_40x1e5_s\": %8, \"sweep_completed\": %9, "
                   "\"histograms_large_1e5_s\": %10, \"histograms_large_completed\": %11, "
                   "\"large_overlay_shown\": %12, \"theory_large_s\": %13, \"theory_large_ok\": %14, "
                   "\"gradient_sweep_s\": %15, \"gradient_sweep_completed\": %16, \"gradient_sweep_max_stall_ms\": %17, "
                   "\"param_change_large_ms_p95\": %18, \"max_event_loop_stall_drag_ms\": %19, \"peak_rss_mb\": %20, "
                   "\"chart_repaint_k1000_ms_p95\": %21}")
        .arg(percentile(changeMs, 0.50), 0, 'f', 3)
        .arg(percentile(changeMs, 0.95), 0, 'f', 3)
        .arg(histogramSeconds, 0, 'f', 3)
        .arg(std::max(0.0, maxStallMs), 0, 'f', 3)
        .arg(done ? "true" : "false")
        .arg(pipelineMs, 0, 'f', 3)
        .arg(simplexMs, 0, 'f', 3)
        .arg(sweepSeconds, 0, 'f', 3)
        .arg(sweepDone ? "true" : "false")
        .arg(largeSeconds, 0, 'f', 3)
        .arg(largeDone ? "true" : "false")
        .arg(largeOverlay ? "true" : "false")
        .arg(theorySeconds, 0, 'f', 3)
        .arg(inclusion.ok() ? "true" : "false")
        .arg(labSeconds, 0, 'f', 3)
        .arg(labDone ? "true" : "false")
        .arg(labStallMs, 0, 'f', 3)
        .arg(percentile(largeMs, 0.95), 0, 'f', 3)
        .arg(dragStallMs, 0, 'f', 3)
        .arg(peakResidentMb(), 0, 'f', 1)
        .arg(percentile(denseMs, 0.95), 0, 'f', 3);
}

}  // namespace gumbel::ui
