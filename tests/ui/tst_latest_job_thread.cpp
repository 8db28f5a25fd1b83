// LatestJobThread: the latest submitted job runs, an earlier one is told it is superseded, cancel() starts nothing,
// and destroying the runner stops and joins a running job.
#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>

#include "core/ThreadPriority.h"
#include "ui/model/LatestJobThread.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace gumbel::ui;

class TstLatestJobThread : public QObject {
    Q_OBJECT
private slots:
    void aNewerJobSupersedesTheRunningOne();
    void generationsIncreaseWithEverySubmitAndCancel();
    void cancelStopsTheJobAndStartsNothing();
    void destructionStopsARunningJob();
    void jobsRunAtBackgroundPriority();
};

namespace {
// Runs until told it is superseded, then records how it ended. The 10-minute bound only keeps a broken runner from
// spinning forever (ctest's timeout ends the test first); no duration is asserted.
LatestJobThread::Job spinning(std::atomic<bool>& started, std::atomic<int>& ended, std::atomic<quint64>& seen) {
    return [&started, &ended, &seen](const std::atomic<bool>& superseded, quint64 generation) {
        seen = generation;
        started = true;
        const auto until = std::chrono::steady_clock::now() + std::chrono::minutes(10);
        while (!superseded.load() && std::chrono::steady_clock::now() < until) std::this_thread::yield();
        ended = superseded.load() ? 1 : 2;  // 1: stopped as asked; 2: never told
    };
}
}  // namespace

void TstLatestJobThread::aNewerJobSupersedesTheRunningOne() {
    LatestJobThread runner;
    std::atomic<bool> firstStarted{false};
    std::atomic<int> firstEnded{0};
    std::atomic<quint64> firstSeen{0};
    const quint64 first = runner.submit(spinning(firstStarted, firstEnded, firstSeen));
    QTRY_VERIFY(firstStarted.load());
    std::atomic<quint64> secondSeen{0};
    std::atomic<bool> secondRan{false};
    const quint64 second = runner.submit([&](const std::atomic<bool>&, quint64 generation) {
        secondSeen = generation;
        secondRan = true;
    });
    QTRY_VERIFY(secondRan.load());
    QCOMPARE(firstEnded.load(), 1);  // told to stop, not left to run out
    QCOMPARE(firstSeen.load(), first);
    QCOMPARE(secondSeen.load(), second);
    QVERIFY(second > first);
    QTRY_VERIFY(!runner.busy());
}

void TstLatestJobThread::generationsIncreaseWithEverySubmitAndCancel() {
    LatestJobThread runner;
    const quint64 a = runner.submit([](const std::atomic<bool>&, quint64) {});
    runner.cancel();
    const quint64 b = runner.submit([](const std::atomic<bool>&, quint64) {});
    QCOMPARE(b, a + 2);  // cancel() also moves the generation on, so a late result of `a` is recognisably stale
    QCOMPARE(runner.generation(), b);
}

void TstLatestJobThread::cancelStopsTheJobAndStartsNothing() {
    LatestJobThread runner;
    std::atomic<bool> started{false};
    std::atomic<int> ended{0};
    std::atomic<quint64> seen{0};
    runner.submit(spinning(started, ended, seen));
    QTRY_VERIFY(started.load());
    runner.cancel();
    QTRY_COMPARE(ended.load(), 1);
    QTRY_VERIFY(!runner.busy());
}

void TstLatestJobThread::destructionStopsARunningJob() {
    std::atomic<bool> started{false};
    std::atomic<int> ended{0};
    std::atomic<quint64> seen{0};
    {
        LatestJobThread runner;
        runner.submit(spinning(started, ended, seen));
        QTRY_VERIFY(started.load());
    }  // the destructor asks the job to stop and waits for it (a job that ignored the request would hang the test)
    QCOMPARE(ended.load(), 1);
}

// Background jobs must not take the processor from the window: QThread::LowPriority does nothing on Linux, so
// the thread sets its nice value itself.
void TstLatestJobThread::jobsRunAtBackgroundPriority() {
#if defined(__linux__)
    LatestJobThread runner;
    std::atomic<int> nice{-100};
    runner.submit([&nice](const std::atomic<bool>&, quint64) {
        nice = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
    });
    QTRY_VERIFY(nice.load() != -100);
    QVERIFY2(nice.load() >= gumbel::kBackgroundNice, qPrintable(QString("nice value %1").arg(nice.load())));
#else
    QSKIP("thread nice values are Linux-only");
#endif
}

QTEST_MAIN(TstLatestJobThread)
#include "tst_latest_job_thread.moc"
