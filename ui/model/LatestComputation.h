#pragma once
// One background computation whose latest request wins, with everything the window needs around it: the thread
// that runs it (LatestJobThread), the one-slot mailbox that hands its cumulative updates to the owner's thread
// (UpdateMailbox), the generation of the request that counts, the last update delivered, and whether that request
// is complete. start() supersedes whatever runs; updates of a superseded or cancelled request never reach
// `deliver`. Every background computation of the document and the lab is one of these.
//
// Update is a copyable struct with `quint64 generation` (set here, so a view can tell a restart from progress)
// and, for complete(), `bool finished`. start(), cancel() and the accessors are for the owner's thread; a job's
// publish() may be called from its worker thread at any rate (the owner sees the newest update, never a backlog).
#include <QObject>
#include <atomic>
#include <functional>
#include <utility>

#include "ui/model/LatestJobThread.h"
#include "ui/model/UpdateMailbox.h"

namespace gumbel::ui {

template <class Update>
class LatestComputation {
public:
    using Publish = std::function<void(Update)>;
    // The job: stop soon after `superseded` turns true; hand out progress with publish().
    using Job = std::function<void(const std::atomic<bool>& superseded, const Publish& publish)>;
    using Deliver = std::function<void(const Update&)>;

    // `deliver` runs on `owner`'s thread with each newest update of the current request.
    LatestComputation(QObject* owner, Deliver deliver) : owner_(owner), deliver_(std::move(deliver)) {}
    LatestComputation(const LatestComputation&) = delete;
    LatestComputation& operator=(const LatestComputation&) = delete;

    // Starts `job`, superseding the running one; returns the new request's generation (never 0).
    quint64 start(Job job) {
        current_ = thread_.submit([this, job = std::move(job)](const std::atomic<bool>& superseded, quint64 generation) {
            job(superseded, [this, generation](Update update) {
                update.generation = generation;
                mailbox_.put(std::move(update), owner_, [this](const Update& newest) { accept(newest); });
            });
        });
        return current_;
    }
    // Stops the running job; nothing it still publishes is delivered, and complete() is false until a new start().
    void cancel() {
        thread_.cancel();
        current_ = 0;
    }
    // Forgets the last update (a view about to start over shows nothing rather than the old result).
    void clearLast() { last_ = Update{}; }

    bool busy() const { return thread_.busy(); }
    quint64 generation() const { return current_; }  // of the request that counts; 0 when none does
    const Update& last() const { return last_; }      // the last update delivered (perhaps of an earlier request)
    bool hasResult() const { return last_.generation != 0; }
    bool complete() const { return current_ != 0 && last_.generation == current_ && last_.finished; }

private:
    void accept(const Update& update) {
        if (update.generation != current_) return;  // superseded or cancelled
        last_ = update;
        deliver_(last_);
    }

    QObject* owner_;
    Deliver deliver_;
    quint64 current_ = 0;
    Update last_{};
    UpdateMailbox<Update> mailbox_;
    LatestJobThread thread_;  // last: destroyed (stopped and joined) first, before what its job uses
};

}  // namespace gumbel::ui
