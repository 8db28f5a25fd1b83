#pragma once
// One background thread that runs the latest submitted job: submit() marks
// the running job as superseded (an atomic flag it checks between small
// pieces of work) and the thread starts the new one. The Mandelbrot
// example's restart/abort pattern with std::atomic flags, shared by every
// background computation of the app.
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <optional>

namespace gumbel::ui {

class LatestJobThread : public QThread {
public:
    // The job gets the flag that tells it to stop, and its generation number.
    using Job = std::function<void(const std::atomic<bool>& superseded, quint64 generation)>;

    explicit LatestJobThread(QObject* parent = nullptr) : QThread(parent) {}
    ~LatestJobThread() override;

    quint64 submit(Job job);  // returns the job's generation
    void cancel();            // stops the running job, starts nothing
    bool busy() const { return busy_.load(); }
    quint64 generation() const { return generation_.load(); }

protected:
    void run() override;

private:
    QMutex mutex_;
    QWaitCondition wake_;
    std::optional<Job> pending_;
    std::atomic<quint64> generation_{0};
    std::atomic<bool> restart_{false};
    std::atomic<bool> abort_{false};
    std::atomic<bool> busy_{false};
};

}  // namespace gumbel::ui
