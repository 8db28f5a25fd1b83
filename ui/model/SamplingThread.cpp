#include "ui/model/SamplingThread.h"

#include <optional>

#include <QElapsedTimer>
#include <algorithm>

namespace gumbel::ui {

namespace {
constexpr qint64 kUpdateIntervalMs = 33;  // ~30 repaints a second at most
constexpr double kPieceSeconds = 0.03;    // each piece of work, so restart and updates stay prompt
}  // namespace

SamplingThread::SamplingThread(QObject* parent) : QObject(parent) {
    qRegisterMetaType<gumbel::ui::SamplingUpdate>();
}

quint64 SamplingThread::request(const SamplingRequest& request) {
    return computation_.start([this, request](const std::atomic<bool>& superseded, const Publish& publish) {
        runJob(request, superseded, publish);
    });
}

std::shared_ptr<const TheoryOverlay> SamplingThread::theoryFor(const SamplingRequest& request,
                                                               const std::atomic<bool>& superseded) {
    const Eigen::VectorXd& p = request.distribution.probabilities();
    if (theory_ && theoryM_ == request.job.mHot.m && theoryP_.size() == p.size() && theoryP_ == p) return theory_;
    auto overlay = std::make_shared<TheoryOverlay>();
    const Result<Eigen::VectorXd> inclusion =
        theory::inclusionProbabilities(request.distribution, request.job.mHot.m, request.threads, &superseded);
    if (superseded) return nullptr;  // a newer request wins; nothing cached
    if (inclusion) {
        overlay->inclusion = inclusion.value();
    } else {
        overlay->note = QString::fromStdString(inclusion.error());
    }
    const Result<theory::ExpectedDraws> draws = theory::expectedRejectionDraws(request.distribution, request.job.mHot.m);
    if (draws) overlay->draws = draws.value();
    theoryP_ = p;
    theoryM_ = request.job.mHot.m;
    theory_ = overlay;
    return theory_;
}

void SamplingThread::runJob(const SamplingRequest& request, const std::atomic<bool>& superseded, const Publish& publish) {
    SamplingUpdate update;
    update.total = request.samples;
    Result<RepeatedSampler> sampler = RepeatedSampler::create(request.distribution, request.job);
    if (!sampler) {
        update.error = QString::fromStdString(sampler.error());
        update.finished = true;
        publish(update);
        return;
    }
    if (request.job.sampleMHot) update.theory = theoryFor(request, superseded);
    if (superseded) return;
    if (request.samples == 0) {  // one sample at a time, before the first: empty histograms over the exact values
        update.stats = std::make_shared<const SamplingStats>(sampler->emptyStats());
        update.finished = true;
        publish(update);
        return;
    }

    // After the m-hot part gives up, the rest of the job samples one-hots only (the same noise streams: the one-hot
    // columns do not depend on the m-hot draws).
    std::optional<RepeatedSampler> oneHotOnly;
    RepeatedSampler* current = &sampler.value();
    SamplingStats stats = sampler->emptyStats();
    QElapsedTimer clock;
    clock.start();
    qint64 lastEmit = -kUpdateIntervalMs;
    std::uint64_t piece = 1000;
    std::uint64_t done = 0;
    while (done < request.samples) {
        const std::uint64_t count = std::min<std::uint64_t>(piece, request.samples - done);
        const qint64 before = clock.nsecsElapsed();
        const Status status = current->run(done, count, request.threads, stats, &superseded);
        if (superseded) return;  // no update for a stale job
        if (!status) {
            const bool capped = status.error().find("cap of") != std::string::npos;
            if (capped && !oneHotOnly && request.job.sampleMHot && request.job.sampleOneHot) {
                SamplingJob oneHotJob = request.job;
                oneHotJob.sampleMHot = false;
                Result<RepeatedSampler> created = RepeatedSampler::create(request.distribution, oneHotJob);
                if (created) {
                    oneHotOnly.emplace(std::move(created).value());
                    current = &*oneHotOnly;
                    update.mHotStopped = QString::fromStdString(status.error());
                    continue;  // the failed piece is sampled again, one-hots only (a failed run merges nothing)
                }
            }
            update.error = QString::fromStdString(status.error());
            break;
        }
        done += count;
        // Size the next piece to take about kPieceSeconds.
        const double seconds = std::max(1e-6, static_cast<double>(clock.nsecsElapsed() - before) * 1e-9);
        piece = std::clamp<std::uint64_t>(static_cast<std::uint64_t>(static_cast<double>(count) * kPieceSeconds / seconds),
                                          256, 4000000);
        const qint64 now = clock.elapsed();
        if (done < request.samples && now - lastEmit < kUpdateIntervalMs) continue;
        lastEmit = now;
        update.done = done;
        update.stats = std::make_shared<const SamplingStats>(stats);
        update.samplesPerSecond = static_cast<double>(done) / std::max(1e-9, static_cast<double>(clock.nsecsElapsed()) * 1e-9);
        update.finished = done >= request.samples;
        publish(update);
    }
    if (!update.error.isEmpty()) {
        update.done = done;
        update.stats = std::make_shared<const SamplingStats>(stats);
        update.finished = true;
        publish(update);
    }
}

}  // namespace gumbel::ui
