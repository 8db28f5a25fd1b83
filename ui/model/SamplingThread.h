#pragma once
// Repeated sampling for the histograms, a LatestComputation: the latest
// request wins, the running job stops within a chunk, and partial results
// arrive as updated() signals, at most ~30 per second.
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

#include "core/Distribution.h"
#include "core/RepeatedSampler.h"
#include "core/SamplingStats.h"
#include "core/Theory.h"
#include "ui/model/LatestComputation.h"

namespace gumbel::ui {

struct SamplingRequest {
    Distribution distribution;
    SamplingJob job;
    std::uint64_t samples = 0;
    int threads = 0;  // 0: all cores
};

// Exact numbers drawn over the histograms; computed once per (p, m).
struct TheoryOverlay {
    std::optional<Eigen::VectorXd> inclusion;  // P(i in S), hard m-hot
    std::optional<theory::ExpectedDraws> draws;  // of the rejection rule
    QString note;                              // why something is missing
};

struct SamplingUpdate {
    quint64 generation = 0;
    std::shared_ptr<const SamplingStats> stats;
    std::shared_ptr<const TheoryOverlay> theory;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
    bool finished = false;
    QString error;               // the job stops (e.g. a bad request)
    // The m-hot part gave up (the rejection rule's cap on draws): histogram (4) stops where it was, while the
    // one-hot histograms (1)-(3), which need no m-hot sample, go on to N.
    QString mHotStopped;
    double samplesPerSecond = 0;
};

class SamplingThread : public QObject {
    Q_OBJECT
public:
    explicit SamplingThread(QObject* parent = nullptr);

    // Starts (or restarts) sampling; returns the request's generation number.
    quint64 request(const SamplingRequest& request);
    // Stops the running job; no more updates for it.
    void cancel() { computation_.cancel(); }
    bool busy() const { return computation_.busy(); }
    // The last update of any request (kept until a newer one arrives), and whether the latest request finished.
    const SamplingUpdate& last() const { return computation_.last(); }
    bool complete() const { return computation_.complete(); }

signals:
    // Emitted on this object's thread; a slow receiver gets the newest update, never a backlog (UpdateMailbox).
    void updated(const gumbel::ui::SamplingUpdate& update);

private:
    using Publish = LatestComputation<SamplingUpdate>::Publish;
    void runJob(const SamplingRequest& request, const std::atomic<bool>& superseded, const Publish& publish);
    // The overlay for the request's (p, m), cached; null when `superseded` stopped it.
    std::shared_ptr<const TheoryOverlay> theoryFor(const SamplingRequest& request, const std::atomic<bool>& superseded);

    // Theory cache (used on the worker thread only).
    Eigen::VectorXd theoryP_;
    int theoryM_ = 0;
    std::shared_ptr<const TheoryOverlay> theory_;
    // Last, so it is destroyed first: its destructor stops and joins the worker
    // before the cache above, which the worker uses, goes away.
    LatestComputation<SamplingUpdate> computation_{this, [this](const SamplingUpdate& u) { emit updated(u); }};
};

}  // namespace gumbel::ui

Q_DECLARE_METATYPE(gumbel::ui::SamplingUpdate)
