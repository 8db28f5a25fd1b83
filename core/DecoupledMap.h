#pragma once
// Decoupled straight-through over a grid of (tau_f, tau_b): its squared bias and variance at every cell, from the
// same samples (sample n's eps at every cell: common random numbers, so neighbouring cells differ by the
// temperatures, not by noise). The gradient lab draws the MSE of one cell per pixel block, log axes on both sides,
// the diagonal tau_f = tau_b (where decoupled straight-through is the relaxed estimator) marked.
//
// Each cell is a pure function of (theta, objective, settings, tau_f, tau_b, samples): any thread count, the same
// numbers (samples are cut into chunks at fixed indices, appended in order). A sample's eps and its softmax at each
// temperature are computed once and shared by every cell of that temperature's row and column: n softmaxes a sample
// for the n^2 cells, then one Jacobian product per cell.
#include <Eigen/Core>
#include <atomic>
#include <functional>
#include <vector>

#include "core/GradientEstimators.h"
#include "core/Result.h"

namespace gumbel {

struct DecoupledCell {
    double biasSquaredEstimate = 0.0;  // ||mean - g*||^2 - trace / n: unbiased for the squared bias (may be < 0)
    double variance = 0.0;             // trace of the covariance of one estimate
    // Of the mean of `batch` estimates: the squared bias (0 when its estimate is below 0) + variance / batch.
    double meanSquaredError(int batch = 1) const;
};

struct DecoupledMapRequest {
    std::vector<double> taus;    // both axes: tau_f (columns) and tau_b (rows), each in [1e-4, 1e3]
    long long samples = 10000;   // per cell, 2 .. 1e7
    int threads = 0;             // 0: all cores
};

// The cells (row r: tau_b = taus[r]; column c: tau_f = taus[c]), index r * n + c. `progress(samples, cells)` is
// called after each wave of chunks with every cell from the samples so far; `cancel` is checked between waves (on
// cancel the result is an error "cancelled"). settings.tau and settings.backwardTau are ignored (the grid's); the
// seed and the rest count.
[[nodiscard]] Result<std::vector<DecoupledCell>> decoupledMap(
    const Eigen::Ref<const Eigen::VectorXd>& theta, const Objective& objective, const GradientSettings& settings,
    const DecoupledMapRequest& request, const std::atomic<bool>* cancel = nullptr,
    const std::function<void(long long samples, const std::vector<DecoupledCell>& cells)>& progress = {});

// log-spaced values from lo to hi (count >= 2).
std::vector<double> logSpaced(double lo, double hi, int count);

}  // namespace gumbel
