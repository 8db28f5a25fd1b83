#include <QtTest>

#include "core/RepeatedSampler.h"
#include "ui/model/SamplingThread.h"

using namespace gumbel;
using gumbel::ui::SamplingRequest;
using gumbel::ui::SamplingThread;
using gumbel::ui::SamplingUpdate;

namespace {
SamplingRequest request(int k, int m, std::uint64_t n, const char* dist = "zipf") {
    SamplingRequest r{Distribution::named(dist, k).value(), SamplingJob{}, n, 2};
    r.job.mHot.m = m;
    r.job.seed = 5;
    r.job.bins = 20;
    return r;
}

// Collects updates until one with `finished` arrives for `generation`, or the timeout.
bool waitFinished(QSignalSpy& spy, quint64 generation, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        for (const QList<QVariant>& args : spy) {
            const auto u = args.at(0).value<SamplingUpdate>();
            if (u.generation == generation && u.finished) return true;
        }
        spy.wait(50);
    }
    return false;
}
}  // namespace

class TstSamplingThread : public QObject {
    Q_OBJECT
private slots:
    void jobCompletesWithTheSameResultAsOneRun();
    void newRequestCancelsAndRestarts();
    void cancelStopsTheJob();
    void rejectionCapIsReported();
    void aBusyWindowGetsTheNewestUpdateNotABacklog();
};

void TstSamplingThread::jobCompletesWithTheSameResultAsOneRun() {
    SamplingThread thread;
    QSignalSpy spy(&thread, &SamplingThread::updated);
    const SamplingRequest r = request(10, 3, 50000);
    const quint64 generation = thread.request(r);
    QVERIFY(waitFinished(spy, generation, 60000));
    const auto last = spy.last().at(0).value<SamplingUpdate>();
    QCOMPARE(last.done, 50000u);
    QCOMPARE(last.total, 50000u);
    QVERIFY(last.error.isEmpty());
    QVERIFY(last.theory && last.theory->inclusion);
    // Pieces and threads do not change the numbers.
    auto direct = RepeatedSampler::create(r.distribution, r.job);
    SamplingStats stats = direct->emptyStats();
    QVERIFY(direct->run(0, 50000, 1, stats).ok());
    QCOMPARE(last.stats->argmaxCounts(), stats.argmaxCounts());
    QCOMPARE(last.stats->inclusionCounts(), stats.inclusionCounts());
}

void TstSamplingThread::newRequestCancelsAndRestarts() {
    SamplingThread thread;
    QSignalSpy spy(&thread, &SamplingThread::updated);
    const quint64 big = thread.request(request(200, 20, 10000000));
    QTest::qWait(100);
    const quint64 small = thread.request(request(10, 3, 20000));
    QVERIFY(small > big);
    QVERIFY(waitFinished(spy, small, 60000));
    for (const QList<QVariant>& args : spy) {
        const auto u = args.at(0).value<SamplingUpdate>();
        QVERIFY2(!(u.generation == big && u.finished), "the superseded job ran to the end");
    }
    QTRY_VERIFY_WITH_TIMEOUT(!thread.busy(), 5000);
}

void TstSamplingThread::cancelStopsTheJob() {
    SamplingThread thread;
    QSignalSpy spy(&thread, &SamplingThread::updated);
    const quint64 generation = thread.request(request(200, 20, 10000000));
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    thread.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!thread.busy(), 5000);
    spy.clear();
    QTest::qWait(200);
    for (const QList<QVariant>& args : spy) QVERIFY(args.at(0).value<SamplingUpdate>().generation != generation);
}

void TstSamplingThread::rejectionCapIsReported() {
    SamplingThread thread;
    QSignalSpy spy(&thread, &SamplingThread::updated);
    SamplingRequest r{Distribution::fromWeights({1.0 - 1e-12, 1e-12}).value(), SamplingJob{}, 1000, 2};
    r.job.mHot.m = 2;
    r.job.mHot.method = MHotMethod::Rejection;
    r.job.mHot.maxDraws = 1000;
    const quint64 generation = thread.request(r);
    QVERIFY(waitFinished(spy, generation, 30000));
    const auto last = spy.last().at(0).value<SamplingUpdate>();
    // The m-hot part stops at the cap; the one-hot histograms, which need no m-hot sample, still reach N.
    QVERIFY2(last.error.isEmpty(), qPrintable(last.error));
    QVERIFY2(last.mHotStopped.contains("cap"), qPrintable(last.mHotStopped));
    QVERIFY(last.finished);
    QCOMPARE(last.done, std::uint64_t{1000});
    QVERIFY(last.stats);
    QCOMPARE(last.stats->oneHotSamples(), 1000LL);
    QVERIFY(last.stats->mHotSamples() < 1000);
}

// A window too busy to take updates for a while (a slow repaint on a loaded machine) must not find a queue of
// them when it looks again: it gets the newest, once. Before the mailbox, every ~33 ms of work queued one more
// update, and a window slower than that never caught up while the job ran.
void TstSamplingThread::aBusyWindowGetsTheNewestUpdateNotABacklog() {
    SamplingThread thread;
    QSignalSpy spy(&thread, &SamplingThread::updated);
    const quint64 generation = thread.request(request(20, 5, 20000000));
    QTest::qSleep(1500);  // the GUI thread takes no events; the worker keeps producing partial results
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    const auto update = spy.last().at(0).value<SamplingUpdate>();
    QCOMPARE(update.generation, generation);
    QVERIFY(update.done > 0);
    thread.cancel();
}

QTEST_MAIN(TstSamplingThread)
#include "tst_sampling_thread.moc"
