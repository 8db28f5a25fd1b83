#pragma once
// N samples on all cores into SamplingStats. Sample n is a pure function of
// (seed, n), and the accumulators are exact integer sums, so the result is
// identical for any thread count and for any split of [0, N) into runs: a
// caller can run [0, N) in pieces and show each partial result.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

#include "core/Distribution.h"
#include "core/MHotSampler.h"
#include "core/OneHotSampler.h"
#include "core/Result.h"
#include "core/SamplingStats.h"

namespace gumbel {

// What is kept of each m-hot sample.
enum class MHotStats {
    Full,         // inclusion counts, draws, and S (mean S, S histogram): m columns of k per sample
    AcceptedSet,  // inclusion counts and draws only; the exact method then draws the accepted set by
                  // Gumbel-top-m (one vector of k per sample), the rejection rule still runs in full
};

struct SamplingJob {
    double tau = 0.1;
    MHotSettings mHot;           // m, method, kind (kind applies to the one-hots too)
    bool sampleOneHot = true;    // C samples: argmax counts, C histograms, max C
    bool sampleMHot = true;      // m-hot samples: inclusion counts, draws, and S unless mHotStats says not
    MHotStats mHotStats = MHotStats::Full;
    bool trackEntropy = false;   // mean entropy of C (costs k logarithms per sample)
    std::uint64_t seed = 0;
    int bins = 50;
    NoiseKind noise = NoiseKind::Gumbel;  // of the one-hots; the m-hot samplers always use Gumbel noise
};

class RepeatedSampler {
public:
    static Result<RepeatedSampler> create(const Distribution& distribution, const SamplingJob& job);

    SamplingStats emptyStats() const;

    // Adds samples [first, first + count) to `stats` using `threads` threads
    // (0 = all cores). Checks `cancel` between small chunks (well under 50 ms);
    // calls `progress(samplesDone)` from the calling thread about every 20 ms.
    // On error or cancel, `stats` is left unchanged. Runs on the shared WorkerPool (no thread started per call)
    // and reuses the sampler's per-worker buffers (hence not const): one run at a time per object.
    Status run(std::uint64_t first, std::uint64_t count, int threads, SamplingStats& stats,
               const std::atomic<bool>* cancel = nullptr,
               const std::function<void(std::uint64_t)>& progress = {});

    const Distribution& distribution() const { return distribution_; }
    const SamplingJob& job() const { return job_; }

private:
    RepeatedSampler(const Distribution& distribution, const SamplingJob& job, OneHotSampler oneHot,
                    std::optional<MHotSampler> mHot);
    // Per-worker buffers: nothing is allocated per sample.
    struct Scratch {
        Eigen::MatrixXd oneHots;
        MHotSample mHot;
        AcceptedBatch accepted;
    };
    Status runChunk(std::uint64_t first, std::uint64_t count, SamplingStats& stats, Scratch& scratch,
                    const std::atomic<bool>* cancel) const;

    Distribution distribution_;
    SamplingJob job_;
    OneHotSampler oneHot_;
    std::optional<MHotSampler> mHot_;
    // Reused by every run(), so that a caller running [0, N) in pieces allocates nothing after the first.
    std::vector<Scratch> scratch_;
    std::vector<SamplingStats> partial_;
};

}  // namespace gumbel
