#include "ui/model/ExplorerDocument.h"

#include <algorithm>
#include <thread>

#include <QFileInfo>
#include <QSettings>

#include "core/ThreadPriority.h"
#include "core/WorkerPool.h"
#include "ui/model/SessionFile.h"

namespace gumbel::ui {

namespace {
constexpr int kRecentFiles = 8;
const char* const kRecentKey = "recentSessions";
}  // namespace

ExplorerDocument::ExplorerDocument(QObject* parent)
    : QObject(parent), threads_(std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1)) {
    deferredRestart_ = new QTimer(this);
    deferredRestart_->setSingleShot(true);
    deferredRestart_->setInterval(kRestartGapMs);
    connect(deferredRestart_, &QTimer::timeout, this, &ExplorerDocument::restartSampling);
    // The engine's shared workers help the background jobs; like them, they yield to the window.
    WorkerPool::shared().setWorkerNice(kBackgroundNice);
    connect(&state_, &ExplorerState::changed, this, &ExplorerDocument::stateChanged);
    connect(&gradientLab_, &GradientLab::settingsChanged, this, [this] {
        if (!applyingSession_ && !modified_) setFile(path_, true);
    });
    connect(&sampling_, &SamplingThread::updated, this, &ExplorerDocument::acceptSampling);
    connect(&sweep_, &SweepComputer::updated, this, &ExplorerDocument::acceptSweep);
    live_ = LiveSample::compute(state_.parameters(), state_.distribution());
}

void ExplorerDocument::stateChanged(ExplorerState::Changes what) {
    using S = ExplorerState;
    if (!applyingSession_ && !modified_) setFile(path_, true);
    if (what & (S::Tau | S::Noise | S::NoiseLaw | S::Probabilities | S::Columns | S::MHot | S::Kind)) refreshLive();
    if (what & (S::Tau | S::Noise | S::NoiseLaw | S::Probabilities | S::MHot | S::Kind | S::Sampling)) {
        samplingInputsChanged();
    } else if ((what & S::Category) && sampling_.last().stats) {
        emit samplingUpdated(sampling_.last());  // the same statistics, another C_i histogram
    }
    if (what & (S::Probabilities | S::Noise | S::Kind)) {
        sweepStale_ = true;
        sweep_.cancel();  // anything the stopped sweep still sends is ignored
        emit sweepStale();
    }
}

void ExplorerDocument::samplingInputsChanged() {
    const bool burst = lastSamplingChange_.isValid() && lastSamplingChange_.elapsed() < kRestartGapMs;
    lastSamplingChange_.start();
    // Only where the live sample itself is heavy: at the usual sizes the histograms follow every step (annealing
    // in front of a class shows them refill as tau moves).
    const ExplorerParameters& p = state_.parameters();
    const bool heavy = static_cast<long long>(p.k) * p.d > kSyncLiveCells;
    if (!heavy || (!burst && !deferredRestart_->isActive())) {
        restartSampling();
        return;
    }
    // In a burst: stop what runs (its numbers no longer apply), start again once the changes pause.
    sampling_.cancel();
    deferredRestart_->start();
}

void ExplorerDocument::refreshLive() {
    const ExplorerParameters& p = state_.parameters();
    if (static_cast<long long>(p.k) * p.d <= kSyncLiveCells) {
        liveComputation_.cancel();  // whatever a stopped background job still delivers is ignored
        live_ = LiveSample::compute(p, state_.distribution(), live_.get());
        emit liveSampleChanged();
        return;
    }
    const std::shared_ptr<const LiveSample> previous = live_;
    const Distribution distribution = state_.distribution();
    const int threads = liveThreads_;
    liveComputation_.start([p, distribution, previous, threads](const std::atomic<bool>& cancel, const auto& publish) {
        std::shared_ptr<const LiveSample> sample = LiveSample::compute(p, distribution, previous.get(), &cancel, threads);
        if (sample) publish(LiveDelivery{0, std::move(sample)});  // null: a newer change superseded it
    });
}

void ExplorerDocument::restartSampling() {
    deferredRestart_->stop();
    const ExplorerParameters& p = state_.parameters();
    SamplingRequest request{state_.distribution(), SamplingJob{}, static_cast<std::uint64_t>(samplesWanted()), threads_};
    request.job.tau = p.tau;
    request.job.mHot.m = p.m;
    request.job.mHot.method = p.method;
    request.job.mHot.kind = p.hard ? OneHotKind::Hard : OneHotKind::Relaxed;
    request.job.seed = p.seed;
    request.job.noise = p.noise;
    request.job.bins = p.bins;
    // The window shows which categories were accepted (histogram 4), never the sampled S: keep only the sets
    // (the exact method then draws them by Gumbel-top-m; the rejection rule still runs in full).
    request.job.mHotStats = MHotStats::AcceptedSet;
    sampling_.request(request);
}

long long ExplorerDocument::samplesWanted() const {
    const long long all = state_.parameters().samples;
    if (oneAtATime_) return std::min(stepCount_, all);
    return annealing_ ? std::min(kAnnealingSamples, all) : all;
}

void ExplorerDocument::setAnnealing(bool on) {
    if (on == annealing_) return;
    annealing_ = on;
    if (!oneAtATime_) restartSampling();
}

void ExplorerDocument::setOneAtATime(bool on) {
    if (on == oneAtATime_) return;
    oneAtATime_ = on;
    stepCount_ = 0;
    restartSampling();
    emit oneAtATimeChanged(on);
    emit samplesWantedChanged(samplesWanted());
}

void ExplorerDocument::stepSamples(long long count) {
    if (!oneAtATime_ || count <= 0) return;
    const long long before = samplesWanted();
    stepCount_ = std::min(state_.parameters().samples, stepCount_ + count);
    if (samplesWanted() == before) return;
    restartSampling();
    emit samplesWantedChanged(samplesWanted());
}

void ExplorerDocument::cancelSampling() {
    deferredRestart_->stop();
    sampling_.cancel();
    emit samplingCancelled();
}

void ExplorerDocument::acceptSampling(const SamplingUpdate& update) {
    emit samplingUpdated(update);
    if (update.finished) emit samplingFinished(update.error);
}

void ExplorerDocument::requestSweep() {
    if (!sweepStale_) return;
    sweepStale_ = false;
    sweep_.clear();
    const ExplorerParameters& p = state_.parameters();
    sweep_.request(state_.distribution(), p.seed, p.hard, SweepComputer::defaultTaus(kSweepPoints),
                                      kSweepSamples);
}

void ExplorerDocument::acceptSweep(const SweepUpdate& update) {
    emit sweepUpdated(update);
    if (update.finished) emit sweepFinished();
}

Status ExplorerDocument::applyUnmarked(const std::function<void(ExplorerParameters&)>& change) {
    applyingSession_ = true;
    const Status status = state_.apply(change);
    applyingSession_ = false;
    return status;
}

Status ExplorerDocument::start(const ExplorerParameters& parameters) {
    return applyUnmarked([&](ExplorerParameters& p) { p = parameters; });
}

Status ExplorerDocument::applyLesson(const ExplorerParameters& parameters, const GradientLabSettings& lab) {
    const Status status = applyUnmarked([&](ExplorerParameters& p) { p = parameters; });
    if (!status) return status;
    applyingSession_ = true;
    gradientLab_.restore(lab);
    applyingSession_ = false;
    return {};
}

bool ExplorerDocument::viewComplete() const {
    if (!liveSampleCurrent() || !sampling_.complete()) return false;
    switch (viewInfo(view_).needs) {
        case ViewNeeds::Histograms: return true;
        case ViewNeeds::Sweep: return sweep_.complete();
        case ViewNeeds::GradientLab: return gradientLab_.complete();
    }
    return true;
}

Status ExplorerDocument::showTemperature(double tau, bool hard) {
    return applyUnmarked([&](ExplorerParameters& p) {
        p.tau = tau;
        p.hard = hard;
    });
}

Status ExplorerDocument::open(const QString& path) {
    const Result<Session> session = loadSession(path);
    if (!session) return Error{session.error()};
    const Status status = applyUnmarked([&](ExplorerParameters& p) { p = session->parameters; });
    if (!status) return Error{(path + ": " + QString::fromStdString(status.error())).toStdString()};
    applyingSession_ = true;
    gradientLab_.restore(session->gradientLab);  // older sessions: the lab's defaults
    applyingSession_ = false;
    view_ = session->view;
    remember(path);
    setFile(path, false);
    emit viewRequested(session->view);
    return {};
}

Status ExplorerDocument::saveTo(const QString& path) {
    if (Status s = saveSession(Session{state_.parameters(), view_, gradientLab_.settings()}, path); !s) return s;
    remember(path);
    setFile(path, false);
    return {};
}

QString ExplorerDocument::displayName() const {
    return path_.isEmpty() ? tr("untitled") : QFileInfo(path_).fileName();
}

QStringList ExplorerDocument::recentFiles() const { return QSettings().value(kRecentKey).toStringList(); }

void ExplorerDocument::remember(const QString& path) const {
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentFiles) recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void ExplorerDocument::setFile(const QString& path, bool modified) {
    if (path == path_ && modified == modified_) return;
    path_ = path;
    modified_ = modified;
    emit fileChanged();
}

}  // namespace gumbel::ui
