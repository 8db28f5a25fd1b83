#include "ui/model/LatestJobThread.h"

#include <QMutexLocker>

#include "core/ThreadPriority.h"

namespace gumbel::ui {

LatestJobThread::~LatestJobThread() {
    {
        QMutexLocker lock(&mutex_);
        abort_ = true;
        restart_ = true;
        wake_.wakeOne();
    }
    wait();
}

quint64 LatestJobThread::submit(Job job) {
    QMutexLocker lock(&mutex_);
    pending_ = std::move(job);
    const quint64 generation = ++generation_;
    restart_ = true;
    busy_ = true;
    if (!isRunning()) {
        start(QThread::LowPriority);
    } else {
        wake_.wakeOne();
    }
    return generation;
}

void LatestJobThread::cancel() {
    QMutexLocker lock(&mutex_);
    pending_.reset();
    ++generation_;
    restart_ = true;
}

void LatestJobThread::run() {
    // QThread::LowPriority (asked for in start()) does nothing on Linux; a nice value does.
    lowerCurrentThreadPriority(kBackgroundNice);
    for (;;) {
        std::optional<Job> job;
        quint64 generation = 0;
        {
            QMutexLocker lock(&mutex_);
            while (!pending_ && !abort_) {
                busy_ = false;
                wake_.wait(&mutex_);
            }
            if (abort_) return;
            job = std::move(pending_);
            pending_.reset();
            generation = generation_;
            restart_ = false;
        }
        (*job)(restart_, generation);
    }
}

}  // namespace gumbel::ui
