#include "core/WorkerPool.h"

#include "core/ThreadPriority.h"

#include <algorithm>
#include <atomic>

namespace gumbel {

struct WorkerPool::Batch {
    const std::function<void(int)>* body = nullptr;
    int tasks = 0;
    int helperSlots = 0;             // workers that may still join (parallelism - 1, the caller excluded)
    std::atomic<int> next{0};        // the next task to claim
    std::atomic<int> finished{0};
    std::mutex mutex;
    std::condition_variable allDone;
};

WorkerPool& WorkerPool::shared() {
    static WorkerPool pool(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())) - 1);
    return pool;
}

WorkerPool::WorkerPool(int workers) {
    threads_.reserve(static_cast<std::size_t>(std::max(0, workers)));
    for (int i = 0; i < workers; ++i) threads_.emplace_back([this] { workerLoop(); });
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : threads_) t.join();
}

void WorkerPool::work(Batch& batch) {
    for (;;) {
        const int task = batch.next.fetch_add(1);
        if (task >= batch.tasks) return;
        (*batch.body)(task);
        if (batch.finished.fetch_add(1) + 1 == batch.tasks) {
            std::lock_guard<std::mutex> lock(batch.mutex);
            batch.allDone.notify_all();
        }
    }
}

void WorkerPool::run(int tasks, int parallelism, const std::function<void(int)>& body) {
    if (tasks <= 0) return;
    const int helpers = std::min({parallelism - 1, tasks - 1, workers()});
    if (helpers <= 0) {
        for (int task = 0; task < tasks; ++task) body(task);
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->body = &body;
    batch->tasks = tasks;
    batch->helperSlots = helpers;
    batch->next = 1;  // task 0 is the caller's
    {
        std::lock_guard<std::mutex> lock(mutex_);
        open_.push_back(batch);
    }
    if (helpers == 1) {
        wake_.notify_one();
    } else {
        wake_.notify_all();
    }
    body(0);
    if (batch->finished.fetch_add(1) + 1 == tasks) {
        std::lock_guard<std::mutex> lock(batch->mutex);
        batch->allDone.notify_all();
    }
    work(*batch);
    {
        // No worker may join once every task is claimed; those that joined finish their tasks.
        std::lock_guard<std::mutex> lock(mutex_);
        open_.erase(std::remove(open_.begin(), open_.end(), batch), open_.end());
    }
    std::unique_lock<std::mutex> lock(batch->mutex);
    batch->allDone.wait(lock, [&] { return batch->finished.load() == tasks; });
}

void WorkerPool::workerLoop() {
    int appliedNice = 0;
    for (;;) {
        std::shared_ptr<Batch> batch;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !open_.empty(); });
            if (stopping_) return;
            batch = open_.front();
            if (--batch->helperSlots <= 0) open_.pop_front();  // full: later workers look at the next batch
        }
        if (const int nice = workerNice_.load(); nice > appliedNice && lowerCurrentThreadPriority(nice)) appliedNice = nice;
        work(*batch);
    }
}

}  // namespace gumbel
