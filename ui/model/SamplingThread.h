#pragma once
// Repeated sampling for the histograms, off the GUI thread. The latest
// request wins: request() sets an atomic restart flag that the running job
// checks between small chunks, and the thread starts over with the new
// parameters (the Mandelbrot example's pattern, with std::atomic flags).
// Partial results arrive as updated() signals, at most ~30 per second.
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <memory>
#include <optional>

#include "core/Distribution.h"
#include "core/RepeatedSampler.h"
#include "core/SamplingStats.h"
#include "core/Theory.h"

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
    QString error;               // e.g. the rejection cap; the job stops
    double samplesPerSecond = 0;
};

class SamplingThread : public QThread {
    Q_OBJECT
public:
    explicit SamplingThread(QObject* parent = nullptr);
    ~SamplingThread() override;

    // Starts (or restarts) sampling; returns the request's generation number.
    quint64 request(const SamplingRequest& request);
    // Stops the running job; no more updates for it.
    void cancel();
    bool busy() const { return busy_.load(); }

signals:
    void updated(const gumbel::ui::SamplingUpdate& update);

protected:
    void run() override;

private:
    void runJob(const SamplingRequest& request, quint64 generation);
    std::shared_ptr<const TheoryOverlay> theoryFor(const SamplingRequest& request);

    QMutex mutex_;
    QWaitCondition wake_;
    std::optional<SamplingRequest> pending_;
    quint64 generation_ = 0;
    std::atomic<bool> restart_{false};
    std::atomic<bool> abort_{false};
    std::atomic<bool> busy_{false};
    // Theory cache (worker thread only).
    Eigen::VectorXd theoryP_;
    int theoryM_ = 0;
    std::shared_ptr<const TheoryOverlay> theory_;
};

}  // namespace gumbel::ui

Q_DECLARE_METATYPE(gumbel::ui::SamplingUpdate)
