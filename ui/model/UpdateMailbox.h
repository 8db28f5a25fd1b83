#pragma once
// Hands cumulative progress updates from a worker thread to the GUI thread without ever queueing more than one:
// the worker puts each update in the box (replacing one the GUI has not taken yet) and posts a notification only
// when the box was empty. However slowly the window draws, at most one notification per producer waits in the
// event queue, and what the GUI takes is always the newest update. Every update the producers of this app send
// contains everything so far (statistics, the finished sweep points), so a replaced update loses nothing.
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <optional>
#include <utility>

namespace gumbel::ui {

template <class Update>
class UpdateMailbox {
public:
    // Worker side: stores `update`; `deliver(update)` runs later on `receiver`'s thread with the newest update.
    template <class Deliver>
    void put(Update update, QObject* receiver, Deliver deliver) {
        {
            QMutexLocker lock(&mutex_);
            const bool notificationPending = latest_.has_value();
            latest_ = std::move(update);
            if (notificationPending) return;
        }
        QMetaObject::invokeMethod(
            receiver,
            [this, deliver = std::move(deliver)] {
                if (std::optional<Update> update = take()) deliver(*update);
            },
            Qt::QueuedConnection);
    }

    std::optional<Update> take() {
        QMutexLocker lock(&mutex_);
        return std::exchange(latest_, std::nullopt);
    }

private:
    QMutex mutex_;
    std::optional<Update> latest_;
};

}  // namespace gumbel::ui
