#include "core/RepeatedSampler.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/ChunkedRun.h"
#include "core/Limits.h"

namespace gumbel {

Result<RepeatedSampler> RepeatedSampler::create(const Distribution& distribution, const SamplingJob& job) {
    if (job.bins < 1 || job.bins > limits::kMaxBins) {
        return Error{"bins = " + std::to_string(job.bins) + " is out of range (allowed: 1 to " +
                     std::to_string(limits::kMaxBins) + ")"};
    }
    if (static_cast<long long>(job.bins) * distribution.size() > limits::kMaxHistogramCells) {
        return Error{"k x bins = " + std::to_string(static_cast<long long>(job.bins) * distribution.size()) +
                     " histogram cells is too many (limit " + std::to_string(limits::kMaxHistogramCells) + ")"};
    }
    Result<OneHotSampler> oneHot = OneHotSampler::create(distribution, job.tau, job.seed, job.noise);
    if (!oneHot) return Error{oneHot.error()};
    std::optional<MHotSampler> mHot;
    if (job.sampleMHot) {
        Result<MHotSampler> created = MHotSampler::create(distribution, job.tau, job.mHot, job.seed);
        if (!created) return Error{created.error()};
        mHot = std::move(created).value();
    }
    return RepeatedSampler(distribution, job, std::move(oneHot).value(), std::move(mHot));
}

RepeatedSampler::RepeatedSampler(const Distribution& distribution, const SamplingJob& job, OneHotSampler oneHot,
                                 std::optional<MHotSampler> mHot)
    : distribution_(distribution), job_(job), oneHot_(std::move(oneHot)), mHot_(std::move(mHot)) {}

SamplingStats RepeatedSampler::emptyStats() const {
    return SamplingStats(distribution_.size(), job_.bins, job_.trackEntropy);
}

Status RepeatedSampler::runChunk(std::uint64_t first, std::uint64_t count, SamplingStats& stats, Scratch& scratch,
                                 const std::atomic<bool>* cancel) const {
    if (job_.sampleOneHot) {
        oneHot_.sample(Stream::OneHot, 0, static_cast<std::uint32_t>(first), static_cast<Eigen::Index>(count),
                       scratch.oneHots, job_.mHot.kind);
        for (Eigen::Index j = 0; j < scratch.oneHots.cols(); ++j) stats.addOneHot(scratch.oneHots.col(j).data());
    }
    if (!mHot_) return {};
    if (job_.mHotStats == MHotStats::AcceptedSet) {
        AcceptedBatch& batch = scratch.accepted;
        // first + count <= 2^32 (checked in run()): sample indices fit the noise's column word.
        if (Status s = mHot_->acceptedOrders(static_cast<std::uint32_t>(first), count, batch, cancel); !s) return s;
        for (std::size_t n = 0; n < count; ++n) stats.addAccepted(batch.order(n), batch.m, batch.draws[n]);
        return {};
    }
    for (std::uint64_t n = first; n < first + count; ++n) {
        if (Status s = mHot_->sample(n, scratch.mHot, cancel); !s) return s;
        stats.addMHot(scratch.mHot);
    }
    return {};
}

Status RepeatedSampler::run(std::uint64_t first, std::uint64_t count, int threads, SamplingStats& stats,
                            const std::atomic<bool>* cancel,
                            const std::function<void(std::uint64_t)>& progress) {
    if (count > static_cast<std::uint64_t>(limits::kMaxSamples) ||
        first + count > (std::uint64_t{1} << 32)) {
        return Error{"N = " + std::to_string(count) + " samples is out of range (limit " +
                     std::to_string(limits::kMaxSamples) + ")"};
    }
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, limits::kMaxThreads);
    // Chunks of roughly 64k cells: a fraction of a millisecond each, so cancel is prompt.
    const bool oneVectorPerMHot = job_.mHotStats == MHotStats::AcceptedSet && job_.mHot.method == MHotMethod::Exact;
    const long long mHotColumns = mHot_ ? (oneVectorPerMHot ? 1 : job_.mHot.m) : 0;
    const long long cellsPerSample = static_cast<long long>(distribution_.size()) * ((job_.sampleOneHot ? 1 : 0) + mHotColumns);
    const std::uint64_t chunk = static_cast<std::uint64_t>(std::clamp<long long>(65536 / std::max(1LL, cellsPerSample), 1, 4096));
    const std::uint64_t chunks = (count + chunk - 1) / chunk;
    const auto workers = static_cast<std::size_t>(std::min<std::uint64_t>(static_cast<std::uint64_t>(threads), std::max<std::uint64_t>(chunks, 1)));

    // Per-worker statistics and buffers live as long as the sampler: a caller running [0, N) in pieces (the
    // window, every ~30 ms) allocates nothing after the first piece. Copy-assigning the empty statistics reuses
    // each worker's storage.
    if (scratch_.size() < workers) scratch_.resize(workers);
    if (partial_.size() < workers) partial_.resize(workers, emptyStats());
    const SamplingStats empty = emptyStats();
    for (std::size_t w = 0; w < workers; ++w) partial_[w] = empty;

    ChunkedRun chunked(cancel, progress);
    const Status status = chunked.run(chunks, workers, [&](std::size_t worker, std::uint64_t c) -> Result<std::uint64_t> {
        const std::uint64_t begin = first + c * chunk;
        const std::uint64_t n = std::min(chunk, first + count - begin);
        if (Status s = runChunk(begin, n, partial_[worker], scratch_[worker], cancel); !s) return Error{s.error()};
        return n;
    });
    if (!status) return status;
    for (std::size_t w = 0; w < workers; ++w) stats.merge(partial_[w]);
    chunked.reportDone();
    return {};
}

}  // namespace gumbel
