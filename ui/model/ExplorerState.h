#pragma once
// The current parameters and their distribution, always valid. Every edit
// goes through apply(), which checks the whole new state and either commits
// it (emitting what changed) or returns the reason and leaves it untouched.
#include <QObject>
#include <functional>

#include "ui/model/ExplorerParameters.h"

namespace gumbel::ui {

class ExplorerState : public QObject {
    Q_OBJECT
public:
    enum Change {
        Tau = 1 << 0,
        Noise = 1 << 1,         // seed
        Probabilities = 1 << 2,  // k, preset, weights, logit temperature
        Columns = 1 << 3,       // d
        MHot = 1 << 4,          // m, method
        Kind = 1 << 5,          // soft / hard
        Sampling = 1 << 6,      // N, bins
        Category = 1 << 7,      // which C_i histogram is shown
        NoiseLaw = 1 << 8,      // Gumbel noise or a stand-in (the explorer's one-hots only)
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ExplorerState(QObject* parent = nullptr);

    const ExplorerParameters& parameters() const { return parameters_; }
    const Distribution& distribution() const { return distribution_; }

    // Edits a copy, keeps it consistent (custom weights follow k; m and the
    // category are clamped to what exists, with a notice), validates, commits.
    Status apply(const std::function<void(ExplorerParameters&)>& edit);

signals:
    void changed(gumbel::ui::ExplorerState::Changes what);
    void notice(const QString& text);  // e.g. "m lowered to 4: only 4 categories have p > 0"

private:
    ExplorerParameters parameters_;
    Distribution distribution_;
};

}  // namespace gumbel::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(gumbel::ui::ExplorerState::Changes)
