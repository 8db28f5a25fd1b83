#pragma once
// gumbel-explorer --benchmark: a scripted session measured in the real window, printed as one JSON object. Each
// measurement is one step (a member function); a step that waits for the document's background work continues on
// its finished signals (CompletionWaiter), and a drag returns to the event loop between changes, as a person's
// would: no nested event loop. The figures:
//  param_change_ms_p50/p95: tau set to 200 values in turn at k = 64, d = 512,
//    m = 8, from the change to the finished repaint of G, V and S;
//  param_change_large_ms_p95: tau over 100 values at k = 1000, d = 10000, change to finished repaint of G (the
//    sample computed in the background); max_event_loop_stall_drag_ms: the longest heartbeat gap during it;
//  histograms_1e6_s: N = 1e6 at k = 20, m = 5, from the change to completion;
//  max_event_loop_stall_ms: the longest gap in a 2 ms heartbeat timer during
//    that job, minus the interval;
//  histograms_large_1e5_s: N = 1e5 at k = 1000, m = 50, zipf:1.1, exact method, from the change to
//    completion (the exact P(i in S) computed first), with whether its overlay is shown;
//  chart_repaint_k1000_ms_p95: the S, winner and inclusion charts of k = 1000 (uniform p), repainted 20 times each;
//  theory_large_s: the inclusion probabilities alone at k = 1000, m = 50, zipf:1.1;
//  pipeline_repaint_ms_p95, simplex_repaint_ms_p95: tau dragged over 100
//    values at the defaults (k = 3 for the simplex), change to finished repaint;
//  sweep_40x1e5_s: the sweep (40 tau points x 1e5 samples, k = 10) to completion;
//  gradient_sweep_s: the gradient lab's sweep (40 tau x 5 estimators, K = 10, x 1e4 samples, k = 10) from showing
//    the lab to completion, and gradient_sweep_max_stall_ms the longest event-loop block meanwhile;
//  decoupled_map_20x20x1e4_s: decoupled straight-through's (tau_f, tau_b) map (400 cells x 1e4 samples, k = 10)
//    from asking for it to its last row, and decoupled_map_max_stall_ms the longest event-loop block meanwhile;
//  peak_rss_mb: the whole run's peak resident memory.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <vector>

#include "ui/model/CompletionWaiter.h"
#include "ui/model/ViewTable.h"

class QWidget;

namespace gumbel::ui {

class ExplorerDocument;
class ExplorerView;
class PipelineView;
class SimplexView;
struct ExplorerParameters;

// The views the benchmark repaints, and how to bring one to the front.
struct BenchmarkViews {
    ExplorerView& explorer;
    PipelineView& pipeline;
    SimplexView& simplex;
    std::function<void(ViewId)> showView;
};

// The longest gap of a 2 ms timer while it runs, minus the interval: how long the event loop was blocked.
class Heartbeat {
public:
    Heartbeat();
    void start();
    double stop();  // ms

private:
    static constexpr int kIntervalMs = 2;
    QTimer timer_;
    QElapsedTimer clock_;
    double worst_ = 0.0;
};

class BenchmarkSession : public QObject {
    Q_OBJECT
public:
    BenchmarkSession(ExplorerDocument& document, BenchmarkViews views, QObject* parent = nullptr);

    // Runs every measurement in turn from the event loop; finished() carries the JSON.
    void start();

signals:
    void finished(const QString& json);

private:
    using Step = void (BenchmarkSession::*)();
    void next();  // the next step, from the event loop
    // Continues with then(true) once `ready` holds (checked on the document's signals), or then(false) after
    // timeoutMs.
    void waitFor(std::function<bool()> ready, int timeoutMs, std::function<void(bool)> then);
    // From the clock's start to the moment the last waitFor's condition held (completed), or to now.
    double waitedSeconds(bool completed) const;
    // count changes, each reporting its own time in ms through `changed` (after a wait for the document); the
    // event loop runs between them. Ends with then(the times in ms).
    using Change = std::function<void(int i, std::function<void(double ms)> changed)>;
    void timeChanges(int count, Change change, std::function<void(std::vector<double>)> then);
    // count changes that finish before they return (a change and a repaint), timed back to back as the events of
    // a drag are handled; the times in ms.
    std::vector<double> timeSynchronousChanges(int count, const std::function<void(int i)>& change);
    // tau over 100 values with `view` in front: change to finished repaint, the 95th percentile in ms.
    double dragTauP95(ViewId id, QWidget& view);
    void set(const std::function<void(ExplorerParameters&)>& edit);
    void record(const char* key, double value, int decimals = 3);

    void parameterChange();
    void largeDrag();
    void histograms();
    void largeHistograms();
    void denseCharts();
    void theoryAlone();
    void pipelineDrag();
    void simplexDrag();
    void sweep();
    void gradientSweep();
    void decoupledMap();
    void finish();

    ExplorerDocument& document_;
    BenchmarkViews views_;
    CompletionWaiter waiter_;
    QTimer timeout_;
    QElapsedTimer clock_;
    qint64 readyNs_ = 0;  // clock_'s reading when the last waitFor's condition held
    Heartbeat heartbeat_;
    std::vector<Step> steps_;
    std::size_t nextStep_ = 0;
    QJsonObject result_;
};

}  // namespace gumbel::ui
