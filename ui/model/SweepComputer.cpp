#include "ui/model/SweepComputer.h"

#include <cmath>

#include "core/RepeatedSampler.h"
#include "ui/model/ExplorerParameters.h"

namespace gumbel::ui {

SweepComputer::SweepComputer(QObject* parent) : QObject(parent) { qRegisterMetaType<gumbel::ui::SweepUpdate>(); }

std::vector<double> SweepComputer::defaultTaus(int count) {
    std::vector<double> taus;
    const double lo = std::log10(ExplorerLimits::kSweepMinTau);
    const double hi = std::log10(ExplorerLimits::kSweepMaxTau);
    for (int i = 0; i < count; ++i) taus.push_back(std::pow(10.0, lo + (hi - lo) * i / std::max(1, count - 1)));
    return taus;
}

quint64 SweepComputer::request(const Distribution& distribution, std::uint64_t seed, bool hard, std::vector<double> taus,
                               long long samplesPerPoint, int threads) {
    using Publish = LatestComputation<SweepUpdate>::Publish;
    return computation_.start([distribution, seed, hard, taus = std::move(taus), samplesPerPoint, threads](
                                  const std::atomic<bool>& superseded, const Publish& publish) {
        SweepUpdate update;
        update.total = static_cast<int>(taus.size());
        update.samplesPerPoint = samplesPerPoint;
        for (double tau : taus) {
            SamplingJob job;
            job.tau = tau;
            job.sampleMHot = false;
            job.trackEntropy = true;
            job.mHot.kind = hard ? OneHotKind::Hard : OneHotKind::Relaxed;
            job.seed = seed;
            job.bins = 10;
            Result<RepeatedSampler> sampler = RepeatedSampler::create(distribution, job);
            if (!sampler) return;
            SamplingStats stats = sampler->emptyStats();
            if (!sampler->run(0, static_cast<std::uint64_t>(samplesPerPoint), threads, stats, &superseded) || superseded) return;
            SweepPoint point;
            point.tau = tau;
            point.meanC = stats.meanC();
            point.meanMax = stats.meanMax();
            point.meanEntropy = stats.meanEntropy();
            point.nearOneHotShare = static_cast<double>(stats.nearOneHotCount()) / static_cast<double>(stats.oneHotSamples());
            update.points.push_back(std::move(point));
            update.finished = update.points.size() == taus.size();
            publish(update);
        }
    });
}

}  // namespace gumbel::ui
