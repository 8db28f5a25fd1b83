#include <QtTest>
#include <cmath>

#include "ui/model/SweepComputer.h"

using namespace gumbel;
using namespace gumbel::ui;

class TstSweepComputer : public QObject {
    Q_OBJECT
private slots:
    void endpointsMatchTheLimits();
    void defaultGridIsLogSpaced();
};

void TstSweepComputer::endpointsMatchTheLimits() {
    const Distribution p = Distribution::named("zipf", 10).value();
    SweepComputer sweep;
    QSignalSpy spy(&sweep, &SweepComputer::updated);
    const quint64 generation = sweep.request(p, 3, false, {0.01, 10.0, 1000.0}, 100000);
    SweepUpdate last;
    QElapsedTimer clock;
    clock.start();
    while (!last.finished && clock.elapsed() < 60000) {
        spy.wait(100);
        for (const QList<QVariant>& args : spy) {
            const auto u = args.at(0).value<SweepUpdate>();
            if (u.generation == generation) last = u;
        }
    }
    QVERIFY(last.finished);
    QCOMPARE(static_cast<int>(last.points.size()), 3);
    const int k = 10;
    const Eigen::VectorXd& logP = p.logProbabilities();
    const double meanLog = logP.mean();
    for (int i = 0; i < k; ++i) {
        // tau = 0.01: the expected sample is p.
        QVERIFY2(std::fabs(last.points[0].meanC[i] - p.probabilities()[i]) < 0.01, qPrintable(QString::number(i)));
        // tau = 10: 1/k plus the large-tau correction (log p_i - mean log p) / (k tau).
        const double large = 1.0 / k + (logP[i] - meanLog) / (k * 10.0);
        QVERIFY2(std::fabs(last.points[1].meanC[i] - large) < 0.01,
                 qPrintable(QString("%1: %2 vs %3").arg(i).arg(last.points[1].meanC[i]).arg(large)));
        // tau = 1000, the sweep's end: the same expansion puts E[C_i] within 3e-4 of 1/k (the lecturer's point:
        // at tau = 10 the sweep had not reached the limit it is said to approach).
        const double end = 1.0 / k + (logP[i] - meanLog) / (k * 1000.0);
        QVERIFY2(std::fabs(last.points[2].meanC[i] - end) < 2e-4 && std::fabs(last.points[2].meanC[i] - 1.0 / k) < 5e-4,
                 qPrintable(QString("%1: %2 vs %3").arg(i).arg(last.points[2].meanC[i]).arg(end)));
    }
    QVERIFY(last.points[0].nearOneHotShare > 0.9);
    QVERIFY(last.points[1].meanEntropy > 0.95 * std::log(10.0));
}

void TstSweepComputer::defaultGridIsLogSpaced() {
    const std::vector<double> taus = SweepComputer::defaultTaus(40);
    QCOMPARE(taus.size(), 40u);
    QVERIFY(std::fabs(taus.front() - 0.01) < 1e-12);
    QVERIFY(std::fabs(taus.back() - 1000.0) < 1e-9);  // two decades past the slider: the limit 1/k is reached
    QVERIFY(std::fabs(taus[1] / taus[0] - taus[2] / taus[1]) < 1e-9);
}

QTEST_MAIN(TstSweepComputer)
#include "tst_sweep_computer.moc"
