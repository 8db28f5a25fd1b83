#pragma once
// gumbel-explorer --benchmark: a scripted session measured in the real
// window, printed as one JSON object.
//  param_change_ms_p50/p95: tau set to 200 values in turn at k = 64, d = 512,
//    m = 8, from the change to the finished repaint of G, V and S;
//  histograms_1e6_s: N = 1e6 at k = 20, m = 5, from the change to completion;
//  max_event_loop_stall_ms: the longest gap in a 2 ms heartbeat timer during
//    that job, minus the interval;
//  pipeline_repaint_ms_p95, simplex_repaint_ms_p95: tau dragged over 100
//    values at the defaults (k = 3 for the simplex), change to finished repaint;
//  sweep_40x1e5_s: the sweep (40 tau points x 1e5 samples, k = 10) to completion;
//  histograms_large_1e5_s: N = 1e5 at k = 1000, m = 50, zipf:1.1, exact method, from the change to
//    completion (the exact P(i in S) computed first), with whether its overlay is shown;
//  theory_large_s: the inclusion probabilities alone at k = 1000, m = 50, zipf:1.1;
//  param_change_large_ms_p95: tau over 100 values at k = 1000, d = 10000, change to finished repaint of G (the
//    sample computed in the background); max_event_loop_stall_drag_ms: the longest heartbeat gap during it;
//  peak_rss_mb: the whole run's peak resident memory;
//  gradient_sweep_s: the gradient lab's sweep (40 tau x 5 estimators, K = 10, x 1e4 samples, k = 10) from showing
//    the lab to completion, and gradient_sweep_max_stall_ms the longest event-loop block meanwhile.
#include <QString>
#include <functional>

#include "ui/model/ViewTable.h"

namespace gumbel::ui {

class ExplorerDocument;
class ExplorerView;
class PipelineView;
class SimplexView;

// The views the benchmark repaints, and how to bring one to the front.
struct BenchmarkViews {
    ExplorerView& explorer;
    PipelineView& pipeline;
    SimplexView& simplex;
    std::function<void(ViewId)> showView;
};

QString runBenchmarkSession(ExplorerDocument& document, const BenchmarkViews& views);

}  // namespace gumbel::ui
