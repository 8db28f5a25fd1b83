#include "ui/model/CompletionWaiter.h"

#include <QTimer>

#include "ui/model/ExplorerDocument.h"

namespace gumbel::ui {

CompletionWaiter::CompletionWaiter(ExplorerDocument& document, QObject* parent) : QObject(parent) {
    connect(&document, &ExplorerDocument::liveSampleChanged, this, &CompletionWaiter::check);
    connect(&document, &ExplorerDocument::samplingFinished, this, &CompletionWaiter::check);
    connect(&document, &ExplorerDocument::sweepFinished, this, &CompletionWaiter::check);
    connect(&document, &ExplorerDocument::sweepStale, this, &CompletionWaiter::check);
    connect(&document.gradientLab(), &GradientLab::sweepUpdated, this, &CompletionWaiter::check);
    connect(&document.gradientLab(), &GradientLab::pointUpdated, this, &CompletionWaiter::check);
    connect(&document.gradientLab(), &GradientLab::raceUpdated, this, &CompletionWaiter::check);
    connect(&document.gradientLab(), &GradientLab::mapUpdated, this, &CompletionWaiter::check);
}

void CompletionWaiter::whenReady(std::function<bool()> ready, std::function<void()> then) {
    ++generation_;  // a step scheduled for an earlier condition no longer runs
    ready_ = std::move(ready);
    then_ = std::move(then);
    check();
}

void CompletionWaiter::clear() {
    ++generation_;
    ready_ = nullptr;
    then_ = nullptr;
}

void CompletionWaiter::check() {
    if (!ready_ || !ready_()) return;
    ready_ = nullptr;
    runLater();
}

void CompletionWaiter::runLater() {
    QTimer::singleShot(0, this, [this, generation = generation_] {
        if (generation != generation_) return;
        auto then = std::move(then_);
        then_ = nullptr;
        if (then) then();
    });
}

}  // namespace gumbel::ui
