#pragma once
// Keeps the teaching views current: the pipeline and the simplex follow the
// live sample; the sweep recomputes in the background when p, the seed or
// soft/hard change (never for tau, which only moves its marker). Views that
// are not in front are refreshed when they come to the front.
#include <QObject>

#include "ui/model/ExplorerState.h"
#include "ui/model/SweepComputer.h"

class QTabWidget;

namespace gumbel::ui {

class ExplorerController;
class PipelineView;
class SimplexView;
class SweepView;

class TeachingController : public QObject {
    Q_OBJECT
public:
    TeachingController(ExplorerState& state, ExplorerController& explorer, QTabWidget& tabs, PipelineView& pipeline,
                       SimplexView& simplex, SweepView& sweep, QObject* parent = nullptr);

    SweepComputer& sweepComputer() { return sweepComputer_; }
    bool sweepComplete() const { return sweepComplete_; }
    static constexpr long long kSweepSamples = 100000;

signals:
    void sweepFinished();

private:
    void refreshVisible();
    void restartSweep();

    ExplorerState& state_;
    ExplorerController& explorer_;
    QTabWidget& tabs_;
    PipelineView& pipeline_;
    SimplexView& simplex_;
    SweepView& sweep_;
    SweepComputer sweepComputer_;
    quint64 sweepGeneration_ = 0;
    bool sweepDirty_ = true;
    bool sweepComplete_ = false;
};

}  // namespace gumbel::ui
