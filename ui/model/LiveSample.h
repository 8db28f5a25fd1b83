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
    ~LiveSample();  // hands G's buffer on to the next sample of the same size
    LiveSample(const LiveSample&) = delete;
    LiveSample& operator=(const LiveSample&) = delete;

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
    // G (k x d) and its noise. Samples of the same seed and shape share one noise matrix (a tau drag at
    // k x d = 1e7 would otherwise hold three copies of 80 MB).
    const Eigen::MatrixXd& c() const { return c_; }
    const Eigen::MatrixXd& eps() const { return *eps_; }
    // G's picture: k rows, and d columns or, for wide matrices, kMaxImageColumns of them (the nearest column each):
    // more than a screen can show. Cell (i, j) is at y = i, x = j * width / d.
    static constexpr int kMaxImageColumns = 2048;
    const QImage& gImage() const { return gImage_; }
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
    Eigen::MatrixXd c_;
    std::shared_ptr<const Eigen::MatrixXd> eps_ = std::make_shared<const Eigen::MatrixXd>();
    QImage gImage_;
    MHotSample mHot_;
    std::vector<DrawRecord> draws_;
    QString mHotError_;
};

}  // namespace gumbel::ui
