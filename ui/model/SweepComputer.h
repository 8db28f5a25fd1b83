#pragma once
// The temperature sweep: for tau on a log grid, repeated one-hot sampling
// gives E[C_i], E[max_i C_i], the mean entropy of C and the share of
// near-one-hot samples (max_i C_i > 0.99). A LatestComputation; each
// finished tau point arrives as an update. It does not depend on the current
// tau, so dragging tau never restarts it.
#include <Eigen/Core>
#include <QObject>
#include <vector>

#include "core/Distribution.h"
#include "ui/model/LatestComputation.h"

namespace gumbel::ui {

struct SweepPoint {
    double tau = 0.0;
    Eigen::VectorXd meanC;
    double meanMax = 0.0;
    double meanEntropy = 0.0;
    double nearOneHotShare = 0.0;
};

struct SweepUpdate {
    quint64 generation = 0;
    std::vector<SweepPoint> points;  // those finished so far, in tau order
    int total = 0;
    long long samplesPerPoint = 0;
    bool finished = false;
};

class SweepComputer : public QObject {
    Q_OBJECT
public:
    explicit SweepComputer(QObject* parent = nullptr);

    // count values log-spaced over the sweep's range (ExplorerLimits: 0.01 to 1000, past the slider's 10).
    static std::vector<double> defaultTaus(int count = 40);

    quint64 request(const Distribution& distribution, std::uint64_t seed, bool hard, std::vector<double> taus,
                    long long samplesPerPoint, int threads = 0);
    void cancel() { computation_.cancel(); }
    bool busy() const { return computation_.busy(); }
    // The points so far of the latest request (none after clear()), and whether it finished.
    const SweepUpdate& last() const { return computation_.last(); }
    bool complete() const { return computation_.complete(); }
    void clear() { computation_.clearLast(); }

signals:
    // Emitted on this object's thread; a slow receiver gets the newest update, never a backlog (UpdateMailbox).
    void updated(const gumbel::ui::SweepUpdate& update);

private:
    LatestComputation<SweepUpdate> computation_{this, [this](const SweepUpdate& u) { emit updated(u); }};
};

}  // namespace gumbel::ui

Q_DECLARE_METATYPE(gumbel::ui::SweepUpdate)
