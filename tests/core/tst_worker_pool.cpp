// WorkerPool: every task runs exactly once, task 0 on the caller, at most `parallelism` at once; batches from
// several threads and nested batches complete; no thread is started per batch.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "core/ThreadPriority.h"
#include "core/WorkerPool.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

using gumbel::kBackgroundNice;
using gumbel::lowerCurrentThreadPriority;
using gumbel::WorkerPool;

TEST(WorkerPool, EveryTaskRunsExactlyOnceAndTaskZeroOnTheCaller) {
    WorkerPool pool(3);
    for (int tasks : {1, 2, 7, 100}) {
        std::vector<std::atomic<int>> runs(static_cast<std::size_t>(tasks));
        std::thread::id zero;
        pool.run(tasks, 4, [&](int task) {
            runs[static_cast<std::size_t>(task)]++;
            if (task == 0) zero = std::this_thread::get_id();
        });
        for (const auto& r : runs) EXPECT_EQ(r.load(), 1) << tasks << " tasks";
        EXPECT_EQ(zero, std::this_thread::get_id());
    }
}

TEST(WorkerPool, AtMostParallelismTasksAtOnce) {
    WorkerPool pool(4);
    std::atomic<int> running{0};
    std::atomic<int> most{0};
    pool.run(40, 2, [&](int) {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {}
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        --running;
    });
    EXPECT_LE(most.load(), 2);
}

TEST(WorkerPool, UsesItsOwnThreadsOnly) {
    WorkerPool pool(2);
    std::mutex mutex;
    std::set<std::thread::id> seen;
    for (int batch = 0; batch < 50; ++batch) {
        pool.run(8, 3, [&](int) {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            std::lock_guard<std::mutex> lock(mutex);
            seen.insert(std::this_thread::get_id());
        });
    }
    EXPECT_LE(seen.size(), 3u);  // the caller and the two workers, over 50 batches: none started per batch
}

TEST(WorkerPool, ConcurrentAndNestedBatchesComplete) {
    WorkerPool pool(2);
    std::atomic<long long> sum{0};
    std::vector<std::thread> callers;
    for (int c = 0; c < 3; ++c) {
        callers.emplace_back([&] {
            for (int round = 0; round < 20; ++round) {
                pool.run(5, 3, [&](int outer) {
                    pool.run(4, 3, [&](int inner) { sum += outer * 10 + inner; });  // nested: no deadlock
                });
            }
        });
    }
    for (std::thread& t : callers) t.join();
    // Per outer batch: sum over outer 0..4 and inner 0..3 of (10 outer + inner) = 4 * 100 + 5 * 6 = 430.
    EXPECT_EQ(sum.load(), 3LL * 20 * 430);
}

TEST(WorkerPool, NoTasksAndASinglePartRunInline) {
    WorkerPool pool(2);
    int calls = 0;
    pool.run(0, 2, [&](int) { ++calls; });
    EXPECT_EQ(calls, 0);
    pool.run(3, 1, [&](int) { ++calls; });  // parallelism 1: on the caller, in order
    EXPECT_EQ(calls, 3);
}

#if defined(__linux__)
// The app lowers its workers' priority so that background work never takes the processor from the window:
// a worker applies the nice value itself, before its next task.
TEST(WorkerPool, WorkersTakeTheNiceValueTheyAreGiven) {
    const int callerBefore = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
    WorkerPool pool(1);
    pool.setWorkerNice(kBackgroundNice);
    std::atomic<bool> helperStarted{false};
    std::atomic<int> helperNice{-100};
    std::thread::id helperThread;
    pool.run(2, 2, [&](int task) {
        if (task == 0) {  // the caller waits here, so task 1 can only run on the pool's worker (the bound: a hang guard)
            const auto until = std::chrono::steady_clock::now() + std::chrono::minutes(10);
            while (!helperStarted.load() && std::chrono::steady_clock::now() < until) std::this_thread::yield();
            return;
        }
        helperThread = std::this_thread::get_id();
        errno = 0;
        helperNice = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
        helperStarted = true;
    });
    ASSERT_TRUE(helperStarted.load());
    EXPECT_NE(helperThread, std::this_thread::get_id());
    EXPECT_GE(helperNice.load(), kBackgroundNice);
    // The caller's own priority is untouched.
    EXPECT_EQ(getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))), callerBefore);
}

TEST(ThreadPriority, RaisesNeverLowersTheNiceValue) {
    int start = 0;  // the test may itself run under nice
    int before = 0;
    int after = 0;
    std::thread t([&] {
        const auto self = static_cast<id_t>(syscall(SYS_gettid));
        start = getpriority(PRIO_PROCESS, self);
        ASSERT_TRUE(lowerCurrentThreadPriority(12));
        before = getpriority(PRIO_PROCESS, self);
        ASSERT_TRUE(lowerCurrentThreadPriority(5));  // asks for less: stays where it is
        after = getpriority(PRIO_PROCESS, self);
    });
    t.join();
    EXPECT_EQ(before, std::max(start, 12));
    EXPECT_EQ(after, before);
}
#endif
