#pragma once
// One persistent set of worker threads for every parallel loop of the engine (repeated sampling, the gradient
// lab's statistics, the inclusion integral): no thread is started per piece of work. run(tasks, parallelism, body)
// calls body(0) ... body(tasks - 1), at most `parallelism` at once, the calling thread taking part (task 0 always
// runs on it), and returns when all have finished. Several callers may run batches at the same time; a body may itself call run() (the
// caller always works on its own batch, so nothing waits for a busy worker). Each task must not throw.
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace gumbel {

class WorkerPool {
public:
    // The process-wide pool: one worker per core beyond the first (the caller is the other).
    static WorkerPool& shared();

    explicit WorkerPool(int workers);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int workers() const { return static_cast<int>(threads_.size()); }
    // From now on the workers run at nice value `nice` (see ThreadPriority.h); each applies it to itself before
    // its next task. The app calls this so that its background work never slows the window.
    void setWorkerNice(int nice) { workerNice_.store(nice); }
    void run(int tasks, int parallelism, const std::function<void(int)>& body);

private:
    struct Batch;
    void workerLoop();
    static void work(Batch& batch);

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::shared_ptr<Batch>> open_;  // batches with tasks not yet claimed and room for another helper
    bool stopping_ = false;
    std::atomic<int> workerNice_{0};
    std::vector<std::thread> threads_;
};

}  // namespace gumbel
