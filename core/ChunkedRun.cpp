#include "core/ChunkedRun.h"

#include <algorithm>
#include <mutex>
#include <thread>

#include "core/WorkerPool.h"

namespace gumbel {

Status ChunkedRun::run(std::uint64_t chunks, std::size_t workers, const Body& body) {
    workers = static_cast<std::size_t>(std::clamp<std::uint64_t>(chunks, 1, std::max<std::size_t>(workers, 1)));
    std::atomic<std::uint64_t> nextChunk{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    Status firstError;
    const auto work = [&](std::size_t worker) {
        auto lastYield = std::chrono::steady_clock::now();
        for (;;) {
            if (failed.load(std::memory_order_relaxed) || cancelled()) return;
            const std::uint64_t chunk = nextChunk.fetch_add(1);
            if (chunk >= chunks) return;
            const Result<std::uint64_t> samples = body(worker, chunk);
            if (!samples) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (firstError.ok()) firstError = Error{samples.error()};
                failed = true;
                return;
            }
            done_.fetch_add(samples.value());
            const auto now = std::chrono::steady_clock::now();
            if (now - lastYield >= std::chrono::milliseconds(1)) {
                lastYield = now;
                std::this_thread::yield();
            }
            if (worker == 0 && progress_ && now - lastReport_ >= std::chrono::milliseconds(20)) {
                lastReport_ = now;
                progress_(samplesDone());
            }
        }
    };
    WorkerPool::shared().run(static_cast<int>(workers), static_cast<int>(workers),
                             [&](int worker) { work(static_cast<std::size_t>(worker)); });
    if (!firstError.ok()) return firstError;
    if (cancelled()) return Error{"cancelled"};
    return {};
}

}  // namespace gumbel
