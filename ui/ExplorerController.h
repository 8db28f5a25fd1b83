#pragma once
// Connects the state to what is shown: recomputes the live sample at once on
// every change (noise fixed), and restarts the background histograms (latest
// wins; stale results are dropped).
#include <QObject>

#include "ui/model/ExplorerState.h"
#include "ui/model/LiveSample.h"
#include "ui/model/SamplingThread.h"

namespace gumbel::ui {

class ExplorerView;

class ExplorerController : public QObject {
    Q_OBJECT
public:
    ExplorerController(ExplorerState& state, ExplorerView& view, QObject* parent = nullptr);

    void restartSampling();
    void cancelSampling();
    bool samplingComplete() const { return complete_; }
    const LiveSample& liveSample() const { return live_; }
    const SamplingUpdate& lastUpdate() const { return last_; }
    void setThreads(int threads) { threads_ = threads; }

signals:
    void liveSampleChanged();
    void samplingProgress(quint64 done, quint64 total, double samplesPerSecond);
    void samplingFinished(const QString& error);  // empty on success
    void samplingCancelled();

private:
    void stateChanged(ExplorerState::Changes what);
    void samplingUpdated(const SamplingUpdate& update);
    void refreshLive();

    ExplorerState& state_;
    ExplorerView& view_;
    LiveSample live_;
    SamplingThread thread_;
    SamplingUpdate last_;
    quint64 generation_ = 0;
    bool complete_ = false;
    int threads_ = 0;
};

}  // namespace gumbel::ui
