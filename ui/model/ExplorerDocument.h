#pragma once
// The document at the centre of the window (the PulseView Session / LabPlot Project pattern): the parameters, the
// live sample on screen, the histogram and sweep runners, and the session file with its path and modified flag.
// No widgets: views and controllers observe its signals, dialogs live in the window, and everything here can be
// driven and tested without a window (sessions load and save through it).
//
//   parameters (ExplorerState) -> document -> runners (SamplingThread, SweepComputer) -> signals -> views
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QString>
#include <QStringList>

#include "ui/model/ExplorerState.h"
#include "ui/model/GradientLab.h"
#include "ui/model/LiveSample.h"
#include "ui/model/SamplingThread.h"
#include "ui/model/SweepComputer.h"
#include "ui/model/LatestComputation.h"
#include "ui/model/ViewTable.h"
#include <functional>
#include <memory>

namespace gumbel::ui {

class ExplorerDocument : public QObject {
    Q_OBJECT
public:
    static constexpr long long kSweepSamples = 100000;  // per tau point
    static constexpr int kSweepPoints = 40;

    explicit ExplorerDocument(QObject* parent = nullptr);

    ExplorerState& state() { return state_; }
    const ExplorerState& state() const { return state_; }
    const ExplorerParameters& parameters() const { return state_.parameters(); }
    const Distribution& distribution() const { return state_.distribution(); }

    // The one sample on screen, recomputed on every change that reshapes it (the noise stays fixed). Small ones
    // (k x d up to kSyncLiveCells) at once; larger ones in the background, the latest parameters winning, while
    // the previous sample stays on screen (no flicker): liveSampleChanged() comes when the new one is ready.
    // Views draw a sample with its own parameters(), which may trail the state's for a few frames.
    static constexpr long long kSyncLiveCells = 1LL << 17;
    const LiveSample& liveSample() const { return *live_; }
    std::shared_ptr<const LiveSample> liveSamplePointer() const { return live_; }
    bool liveSampleCurrent() const { return live_->matches(state_.parameters()); }
    void setLiveThreads(int threads) { liveThreads_ = threads; }

    // Histograms from repeated sampling in the background: restarted on every change they depend on. When the live
    // sample is computed in the background (k x d above kSyncLiveCells), changes in quick succession (a drag: less
    // than kRestartGapMs apart) stop the running job at once but start the new one only when they pause for
    // kRestartGapMs, so a drag spends the processor on the sample being dragged.
    static constexpr int kRestartGapMs = 300;
    void restartSampling();
    void cancelSampling();
    bool samplingComplete() const { return sampling_.complete(); }
    // One sample at a time (for a class watching the frequencies settle onto p): the histograms hold only the first
    // n samples, n starting at 0 and growing by stepSamples() up to N; a change of tau, p, ... recomputes the same n.
    // Sample j is a pure function of (seed, j), so n = N gives exactly the usual histograms.
    void setOneAtATime(bool on);
    bool oneAtATime() const { return oneAtATime_; }
    void stepSamples(long long count);  // n += count, at most N
    long long samplesWanted() const;     // n in one-at-a-time, kAnnealingSamples while annealing, else N
    // While tau is annealed (30 changes a second) every frame's histograms are complete from kAnnealingSamples
    // samples (a few milliseconds), so that all four show one N that is not restarting; N again when it stops.
    static constexpr long long kAnnealingSamples = 10000;
    void setAnnealing(bool on);
    bool annealing() const { return annealing_; }
    const SamplingUpdate& lastSampling() const { return sampling_.last(); }
    // The histograms run on all cores but one (at least one): the window's thread keeps a core while they fill
    // (on two cores, with both busy, it waited up to 20 ms for the scheduler). 0 = all cores.
    void setSamplingThreads(int threads) { threads_ = threads; }

    // The temperature sweep: computed on request (when a view shows it or an export needs it), for the current p,
    // seed and soft/hard; a change to those makes it stale (sweepStale()) and stops the running one.
    void requestSweep();
    bool sweepComplete() const { return sweep_.complete(); }
    const SweepUpdate& lastSweep() const { return sweep_.last(); }

    // The gradient lab: its settings are part of the session; it computes while a view has it active.
    GradientLab& gradientLab() { return gradientLab_; }
    const GradientLab& gradientLab() const { return gradientLab_; }

    // The starting state (the command line's): applied without marking the document modified.
    [[nodiscard]] Status start(const ExplorerParameters& parameters);
    // A lesson's state and lab settings: applied without marking the document modified (a class stepping through
    // lessons has nothing to save; a session file that is open stays as it is on disk).
    [[nodiscard]] Status applyLesson(const ExplorerParameters& parameters, const GradientLabSettings& lab);

    // The session file. open() leaves everything as it was when it fails, with the reason.
    [[nodiscard]] Status open(const QString& path);
    [[nodiscard]] Status saveTo(const QString& path);
    const QString& path() const { return path_; }
    bool isModified() const { return modified_; }
    QString displayName() const;  // the file's name, or "untitled"
    QStringList recentFiles() const;
    // What the view in front shows is complete: the live sample current, the histograms done and, in front, the
    // sweep or the gradient lab's numbers (a screenshot or an animation frame may be taken).
    bool viewComplete() const;
    // A temperature for a figure (an animation frame, and back): applied like the command line's start, without
    // marking the document modified. Soft samples (hard off) unless `hard`.
    [[nodiscard]] Status showTemperature(double tau, bool hard = false);

    // The view in front, saved with the session (the window keeps it current).
    void setView(ViewId view) { view_ = view; }
    ViewId view() const { return view_; }

signals:
    void liveSampleChanged();
    void samplingUpdated(const gumbel::ui::SamplingUpdate& update);
    void samplingFinished(const QString& error);  // empty on success
    void samplingCancelled();
    void oneAtATimeChanged(bool on);
    void samplesWantedChanged(long long n);  // one sample at a time: a step, or the mode switched
    void sweepUpdated(const gumbel::ui::SweepUpdate& update);
    void sweepFinished();
    void sweepStale();                        // p, the seed or soft/hard changed: the sweep shown no longer applies
    void fileChanged();                       // path or modified flag
    void viewRequested(gumbel::ui::ViewId view);  // an opened session asks for its view

private:
    void stateChanged(ExplorerState::Changes what);
    // A change of the state that does not mark the document modified (start, open, showTemperature).
    [[nodiscard]] Status applyUnmarked(const std::function<void(ExplorerParameters&)>& change);
    void acceptSampling(const SamplingUpdate& update);
    void acceptSweep(const SweepUpdate& update);
    void setFile(const QString& path, bool modified);
    void remember(const QString& path) const;

    ExplorerState state_;
    void refreshLive();
    void samplingInputsChanged();
    QElapsedTimer lastSamplingChange_;
    QTimer* deferredRestart_ = nullptr;
    bool oneAtATime_ = false;
    bool annealing_ = false;
    long long stepCount_ = 0;
    std::shared_ptr<const LiveSample> live_;
    int liveThreads_ = 0;
    struct LiveDelivery {
        quint64 generation = 0;
        std::shared_ptr<const LiveSample> sample;
    };
    int threads_;
    bool sweepStale_ = true;
    QString path_;
    ViewId view_ = ViewId::Explorer;
    bool modified_ = false;
    bool applyingSession_ = false;
    // Last, so that they are destroyed first: their destructors stop and join the workers.
    GradientLab gradientLab_{state_};
    LatestComputation<LiveDelivery> liveComputation_{this, [this](const LiveDelivery& delivery) {
        live_ = delivery.sample;
        emit liveSampleChanged();
    }};
    SweepComputer sweep_;
    SamplingThread sampling_;
};

}  // namespace gumbel::ui
