#pragma once
// The skeleton the two chunked runners share (RepeatedSampler::run, GradientSampler::run): the shared pool's
// workers claim chunk numbers from one counter until none is left, `cancel` turns true or a chunk fails; the
// calling thread (worker 0) reports the samples done about every 20 ms; every worker yields about once a
// millisecond, so that a thread waiting for a core (the window's) gets one at once rather than at the scheduler's
// next tick. What the chunks computed is the caller's to commit, and only when run() succeeds: on error or cancel
// the caller's statistics stay as they were.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>

#include "core/Result.h"

namespace gumbel {

class ChunkedRun {
public:
    using Progress = std::function<void(std::uint64_t samplesDone)>;
    // Computes chunk number `chunk` with worker `worker`'s buffers; returns how many samples it added, or why not.
    using Body = std::function<Result<std::uint64_t>(std::size_t worker, std::uint64_t chunk)>;

    // `cancel` may be null; `progress` may be empty. Both must outlive the object.
    ChunkedRun(const std::atomic<bool>* cancel, const Progress& progress) : cancel_(cancel), progress_(progress) {}

    // Runs body for chunks 0 .. chunks - 1 on up to `workers` threads (the caller being worker 0) and returns
    // when all have finished: the first error of a chunk, "cancelled", or success. May be called several times
    // (a runner's waves); the samples done add up over the calls.
    [[nodiscard]] Status run(std::uint64_t chunks, std::size_t workers, const Body& body);

    bool cancelled() const { return cancel_ != nullptr && cancel_->load(std::memory_order_relaxed); }
    std::uint64_t samplesDone() const { return done_.load(); }
    // The final report, once the caller has committed what the chunks computed.
    void reportDone() const {
        if (progress_) progress_(samplesDone());
    }

private:
    const std::atomic<bool>* cancel_;
    const Progress& progress_;
    std::atomic<std::uint64_t> done_{0};
    std::chrono::steady_clock::time_point lastReport_ = std::chrono::steady_clock::now();
};

}  // namespace gumbel
