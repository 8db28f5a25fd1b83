#pragma once
// The gradient lab's fourth computation: decoupled straight-through's squared bias and variance over a 20 x 20 grid
// of (tau_f, tau_b), log-spaced over the lab's tau range, 10,000 samples a cell, all cells on the same noise
// (core/DecoupledMap). A plain function, as the other three (GradientLabJobs.h): GradientLab runs it on a
// background thread while the lab is in front, decoupled straight-through is shown and its map is asked for.
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

#include "core/DecoupledMap.h"
#include "ui/model/GradientLabSettings.h"

namespace gumbel::ui {

struct DecoupledMapResult {
    static constexpr int kPoints = 20;
    static constexpr long long kSamples = 10000;

    quint64 generation = 0;
    std::vector<double> taus;           // both axes, kPoints values over the lab's tau range
    std::vector<DecoupledCell> cells;   // row (tau_b) * kPoints + column (tau_f); empty before the first samples
    long long samples = 0;              // per cell, so far
    long long total = 0;                // per cell, the goal
    double seconds = 0.0;               // from the start to this update
    bool finished = false;
    QString error;
};

void computeDecoupledMap(const Eigen::VectorXd& theta, const GradientLabSettings& settings, std::uint64_t seed,
                         const std::atomic<bool>& cancel, const std::function<void(const DecoupledMapResult&)>& publish,
                         int threads = 0);

}  // namespace gumbel::ui
