#pragma once
// Runs a step once the document's background work is complete: the condition is checked at once and again after
// each of the document's "finished" signals (no polling), and the step runs from the event loop, after the slots
// that drew the last result have returned. Batch modes and the animation export wait with it.
#include <QObject>
#include <functional>

namespace gumbel::ui {

class ExplorerDocument;

class CompletionWaiter : public QObject {
    Q_OBJECT
public:
    explicit CompletionWaiter(ExplorerDocument& document, QObject* parent = nullptr);

    // Replaces whatever was waiting.
    void whenReady(std::function<bool()> ready, std::function<void()> then);
    void clear();
    bool waiting() const { return static_cast<bool>(ready_) || static_cast<bool>(then_); }

private:
    void check();
    void runLater();

    std::function<bool()> ready_;
    std::function<void()> then_;
    unsigned generation_ = 0;
};

}  // namespace gumbel::ui
