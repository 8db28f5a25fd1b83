// LatestComputation: only the latest request's updates reach the owner, tagged with its generation; a cancelled
// request delivers nothing more; complete() is true only for a finished update of the current request; the last
// update stays until a newer one (or clearLast()).
#include <QtTest>
#include <atomic>
#include <vector>

#include "ui/model/LatestComputation.h"

using namespace gumbel::ui;

namespace {
struct Count {
    quint64 generation = 0;
    int value = 0;
    bool finished = false;
};
using Computation = LatestComputation<Count>;

// Publishes 1 .. n (the last one finished), then returns.
Computation::Job countTo(int n) {
    return [n](const std::atomic<bool>&, const Computation::Publish& publish) {
        for (int i = 1; i <= n; ++i) publish(Count{0, i, i == n});
    };
}

// Publishes one unfinished update, then waits until superseded and publishes a finished one anyway (a job that
// notices too late).
Computation::Job lateToStop(std::atomic<bool>& published) {
    return [&published](const std::atomic<bool>& superseded, const Computation::Publish& publish) {
        publish(Count{0, -1, false});
        published = true;
        while (!superseded.load()) QThread::yieldCurrentThread();
        publish(Count{0, -2, true});
    };
}
}  // namespace

class TstLatestComputation : public QObject {
    Q_OBJECT
private slots:
    void updatesOfTheCurrentRequestArriveTagged();
    void aSupersededRequestDeliversNothingMore();
    void cancelDropsWhatTheJobStillPublishes();
    void clearLastForgetsTheResult();
};

void TstLatestComputation::updatesOfTheCurrentRequestArriveTagged() {
    QObject owner;
    std::vector<Count> seen;
    Computation computation(&owner, [&seen](const Count& c) { seen.push_back(c); });
    QVERIFY(!computation.hasResult());
    QVERIFY(!computation.complete());
    const quint64 generation = computation.start(countTo(100));
    QVERIFY(generation != 0);
    QCOMPARE(computation.generation(), generation);
    QTRY_VERIFY(computation.complete());
    QVERIFY(!seen.empty());
    // The mailbox may skip updates, never the newest, never reorder.
    for (std::size_t i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen[i].generation, generation);
        if (i > 0) QVERIFY(seen[i].value > seen[i - 1].value);
    }
    QCOMPARE(seen.back().value, 100);
    QCOMPARE(computation.last().value, 100);
    QVERIFY(computation.hasResult());
}

void TstLatestComputation::aSupersededRequestDeliversNothingMore() {
    QObject owner;
    std::vector<Count> seen;
    Computation computation(&owner, [&seen](const Count& c) { seen.push_back(c); });
    std::atomic<bool> published{false};
    const quint64 first = computation.start(lateToStop(published));
    QTRY_VERIFY(published.load());
    const quint64 second = computation.start(countTo(3));
    QVERIFY(second > first);
    QTRY_VERIFY(computation.complete());
    QCoreApplication::processEvents();
    for (const Count& c : seen) {
        QVERIFY2(c.value != -2, "the superseded request's late update was delivered");
        if (c.value > 0) QCOMPARE(c.generation, second);
    }
    QCOMPARE(computation.last().value, 3);
}

void TstLatestComputation::cancelDropsWhatTheJobStillPublishes() {
    QObject owner;
    std::vector<Count> seen;
    Computation computation(&owner, [&seen](const Count& c) { seen.push_back(c); });
    std::atomic<bool> published{false};
    computation.start(lateToStop(published));
    QTRY_VERIFY(published.load());
    computation.cancel();
    QCOMPARE(computation.generation(), quint64{0});
    QTRY_VERIFY(!computation.busy());
    QTest::qWait(20);  // anything queued is handled now
    for (const Count& c : seen) QVERIFY2(c.value != -2, "a cancelled request's update was delivered");
    QVERIFY(!computation.complete());
    // A new request completes as usual.
    computation.start(countTo(2));
    QTRY_VERIFY(computation.complete());
}

void TstLatestComputation::clearLastForgetsTheResult() {
    QObject owner;
    Computation computation(&owner, [](const Count&) {});
    computation.start(countTo(1));
    QTRY_VERIFY(computation.complete());
    computation.clearLast();
    QVERIFY(!computation.hasResult());
    QVERIFY(!computation.complete());
    QCOMPARE(computation.last().value, 0);
}

QTEST_GUILESS_MAIN(TstLatestComputation)
#include "tst_latest_computation.moc"
