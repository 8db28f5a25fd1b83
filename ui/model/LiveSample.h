#pragma once
// The one sample on screen: G with its noise, the m-hot V and S, and G's picture (viridis, one pixel per cell),
// for one set of parameters, which it keeps. Noise depends only on the seed, so moving tau or p reshapes the same
// sample: compute() given the previous sample of the same seed and k reuses its noise and redoes the softmax only.
// Immutable once computed: the document hands it to views by shared pointer, and a background thread can build
// the next one while the window shows this one.
#include <Eigen/Core>
#include <QImage>
#include <QString>
#include <atomic>
#include <memory>

#include "core/MHotSampler.h"
#include "core/OneHotSampler.h"
#include "ui/model/ExplorerParameters.h"

namespace gumbel::ui {

class LiveSample {
public:
    LiveSample() = default;

    // threads: 0 = all cores (through the engine's shared workers), 1 = the calling thread only. Returns null when
    // `cancel` became true. Never fails otherwise: a sampler error (the rejection cap) is kept in mHotError() and
    // V, S are left empty.
    static std::shared_ptr<const LiveSample> compute(const ExplorerParameters& parameters, const Distribution& distribution,
                                                     const LiveSample* previous = nullptr,
                                                     const std::atomic<bool>* cancel = nullptr, int threads = 1);
    // Recomputes this sample in place, on the calling thread (tests, small sizes).
    void update(const ExplorerParameters& parameters, const Distribution& distribution);

    const ExplorerParameters& parameters() const { return parameters_; }
    const Distribution& distribution() const { return distribution_; }
    const GumbelMatrix& g() const { return g_; }
    const QImage& gImage() const { return gImage_; }  // d x k pixels: cell (i, j) at x = j, y = i
    const MHotSample& mHot() const { return mHot_; }
    const std::vector<DrawRecord>& draws() const { return draws_; }  // every drawn column, in order
    bool hasMHot() const { return mHotError_.isEmpty(); }
    const QString& mHotError() const { return mHotError_; }
    // Whether the sample shows these parameters (everything it depends on: tau, seed, p, d, m, method, soft/hard).
    bool matches(const ExplorerParameters& parameters) const;

private:
    bool fill(const ExplorerParameters& parameters, const Distribution& distribution, const LiveSample* previous,
              const std::atomic<bool>* cancel, int threads);

    ExplorerParameters parameters_;
    Distribution distribution_ = Distribution::named("uniform", 2).value();
    GumbelMatrix g_;
    QImage gImage_;
    MHotSample mHot_;
    std::vector<DrawRecord> draws_;
    QString mHotError_;
};

}  // namespace gumbel::ui
