#include "ui/model/GradientLabJobs.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/BinaryGradientTheory.h"
#include "core/GradientStats.h"

namespace gumbel::ui {

namespace {
constexpr long long kFirstPassSamples = 1000;
constexpr qint64 kPublishIntervalMs = 40;
constexpr long long kStoredValues = 100000;  // per estimator, for the density
constexpr int kDensityBins = 60;

std::size_t index(Estimator e) { return static_cast<std::size_t>(e); }

// Ends a computation with the reason it cannot go on: the result so far, marked finished, with the error.
template <class Result>
void publishError(Result& result, const std::string& why, const std::function<void(const Result&)>& publish) {
    result.error = QString::fromStdString(why);
    result.finished = true;
    publish(result);
}
}  // namespace

double GradientCurvePoint::batchMeanSquaredError(Estimator e, int batch) const {
    return std::max(0.0, biasSquaredEstimate[index(e)]) + variance[index(e)] / static_cast<double>(std::max(1, batch));
}

Result<RaceLandmarks> binaryRaceLandmarks(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau) {
    if (theta.size() != 2) return Error{"the race's landmarks need k = 2"};
    if (settings.anneal) return Error{"the race's landmarks need a fixed tau"};
    const Result<Objective> objective = settings.objective(2);
    if (!objective) return Error{objective.error()};
    const Result<ExactGradient> first = exactGradient(theta, objective.value());
    if (!first) return Error{first.error()};
    RaceLandmarks out;
    out.start = first->objective;
    out.bestVertex = objective->vertexValues().minCoeff();
    Eigen::VectorXd t = theta;
    for (int step = 0; step < settings.steps; ++step) {
        const Result<ExactGradient> g = exactGradient(t, objective.value());
        if (!g) return Error{g.error()};
        t -= settings.learningRate * g->gradient;
    }
    const Result<ExactGradient> end = exactGradient(t, objective.value());
    if (!end) return Error{end.error()};
    out.exactEnd = end->objective;
    const Eigen::VectorXd f = objective->vertexValues();
    // No zero within |D| <= 40: the mean gradient points to the best vertex all the way (p_z below 4e-18 there).
    const auto stationary = [&](Estimator e) -> Result<double> {
        const Result<double> gap = theory::binaryStationaryGap(objective.value(), theta[0] - theta[1], e, tau, settings.conditional);
        if (!gap) return out.bestVertex;
        const double p0 = 1.0 / (1.0 + std::exp(-*gap));
        return p0 * f[0] + (1.0 - p0) * f[1];
    };
    if (settings.shows(Estimator::Relaxed)) {
        const Result<double> loss = stationary(Estimator::Relaxed);
        if (!loss) return Error{loss.error()};
        out.stationaryLoss[index(Estimator::Relaxed)] = *loss;
    }
    if (settings.shows(Estimator::StraightThrough) || settings.shows(Estimator::GumbelRao)) {
        // Gumbel-Rao has straight-through's mean, so the same zero.
        const Result<double> loss = stationary(Estimator::StraightThrough);
        if (!loss) return Error{loss.error()};
        out.stationaryLoss[index(Estimator::StraightThrough)] = *loss;
        out.stationaryLoss[index(Estimator::GumbelRao)] = *loss;
    }
    return out;
}

std::vector<double> gradientSweepTaus() {
    using L = GradientLabLimits;
    std::vector<double> taus;
    const double lo = std::log10(L::kSweepTauMin);
    const double hi = std::log10(L::kSweepTauMax);
    for (int i = 0; i < L::kSweepPoints; ++i) taus.push_back(std::pow(10.0, lo + (hi - lo) * i / (L::kSweepPoints - 1)));
    return taus;
}

void computeGradientSweep(const Eigen::VectorXd& theta, const GradientLabSettings& settings, std::uint64_t seed,
                          const std::atomic<bool>& cancel, const std::function<void(const GradientSweepResult&)>& publish,
                          int threads) {
    GradientSweepResult result;
    result.samplesPerPoint = settings.samplesPerPoint;
    result.estimators = settings.estimators;
    result.batch = settings.batch;
    const std::vector<double> taus = gradientSweepTaus();
    result.total = static_cast<int>(taus.size());
    const int k = static_cast<int>(theta.size());
    const Result<Objective> objective = settings.objective(k);
    if (!objective) {
        result.error = QString::fromStdString(objective.error());
        result.finished = true;
        publish(result);
        return;
    }
    if (const Result<ExactGradient> exact = exactGradient(theta, objective.value())) {
        result.exactNormSquared = exact->gradient.squaredNorm();
    }
    if (k == 2) {
        GradientExactCurves curves;
        curves.available = true;
        for (Estimator e : labEstimators()) curves.estimators |= 1u << static_cast<int>(e);
        for (double tau : taus) {
            const Result<theory::BinaryGradientMoments> m =
                theory::binaryGradientMoments(theta, objective.value(), tau, settings.conditional);
            if (!m) {
                curves.available = false;
                break;
            }
            PerEstimator bias{}, variance{};
            for (Estimator e : labEstimators()) {  // the five with closed forms (core/BinaryGradientTheory)
                bias[index(e)] = m->biasSquared(e);
                variance[index(e)] = m->varianceTrace(e);
            }
            curves.biasSquared.push_back(bias);
            curves.variance.push_back(variance);
        }
        if (curves.available) result.exact = std::move(curves);
    }
    std::vector<GradientSampler> samplers;
    std::vector<GradientStatsSet> stats;
    for (double tau : taus) {
        GradientJob job;
        job.settings = settings.engineSettings(tau, seed);
        job.estimators = settings.estimatorSet();
        job.histogram.bins = 1;  // the sweep needs moments only
        Result<GradientSampler> sampler = GradientSampler::create(theta, objective.value(), job);
        if (!sampler) {
            result.error = QString::fromStdString(sampler.error());
            result.finished = true;
            publish(result);
            return;
        }
        stats.push_back(sampler->emptyStats());
        samplers.push_back(std::move(sampler).value());
    }
    const long long goal = settings.samplesPerPoint;
    const long long passes[] = {std::min(goal, kFirstPassSamples), goal};
    long long done = 0;
    for (long long upTo : passes) {
        if (upTo <= done) continue;
        for (std::size_t i = 0; i < taus.size(); ++i) {
            const Status status = samplers[i].run(static_cast<std::uint64_t>(done), static_cast<std::uint64_t>(upTo - done),
                                                  threads, stats[i], &cancel);
            if (cancel.load()) return;
            if (!status) {
                result.error = QString::fromStdString(status.error());
                result.finished = true;
                publish(result);
                return;
            }
            GradientCurvePoint point;
            point.tau = taus[i];
            point.samples = upTo;
            for (Estimator e : allEstimators()) {
                if (!settings.shows(e)) continue;
                const GradientStats& s = stats[i][index(e)];
                point.biasSquared[index(e)] = s.biasSquared();
                point.biasSquaredEstimate[index(e)] = s.biasSquaredEstimate();
                point.biasSquaredError[index(e)] = s.biasSquaredStandardError();
                point.variance[index(e)] = s.varianceTrace();
                point.meanSquaredError[index(e)] = s.meanSquaredError();
            }
            if (i < result.points.size()) {
                result.points[i] = point;
            } else {
                result.points.push_back(point);
            }
            result.finished = upTo == goal && i + 1 == taus.size();
            publish(result);
        }
        done = upTo;
    }
}

void computeGradientPoint(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau, std::uint64_t seed,
                          const std::atomic<bool>& cancel, const std::function<void(const GradientPointResult&)>& publish) {
    GradientPointResult result;
    result.tau = tau;
    result.total = settings.samplesPerPoint;
    result.estimators = settings.estimators;
    const int k = static_cast<int>(theta.size());
    result.component = std::clamp(settings.component, 0, k - 1);
    const auto fail = [&](const std::string& why) { publishError(result, why, publish); };
    const Result<Objective> objective = settings.objective(k);
    if (!objective) return fail(objective.error());
    const Result<GradientEstimators> estimators =
        GradientEstimators::create(theta, objective.value(), settings.engineSettings(tau, seed));
    if (!estimators) return fail(estimators.error());
    result.exact = estimators->exact().gradient;
    const EstimatorSet which = settings.estimatorSet();
    std::array<GradientMoments, kEstimatorCount> moments;
    std::array<std::vector<double>, kEstimatorCount> values;
    for (Estimator e : allEstimators()) moments[index(e)] = GradientMoments(k);
    GradientScratch scratch;
    std::array<Eigen::MatrixXd, kEstimatorCount> block;
    QElapsedTimer clock;
    clock.start();
    qint64 lastPublish = 0;
    long long done = 0;
    const long long piece = std::max<long long>(64, std::min<long long>(4096, 400000 / std::max(1, k)));
    while (done < settings.samplesPerPoint) {
        if (cancel.load()) return;
        const long long count = std::min(piece, settings.samplesPerPoint - done);
        estimators->estimateBlock(static_cast<std::uint64_t>(done), static_cast<Eigen::Index>(count), which, scratch, block);
        for (Estimator e : allEstimators()) {
            if (!which.contains(e)) continue;
            const Eigen::MatrixXd& g = block[index(e)];
            for (Eigen::Index s = 0; s < g.cols(); ++s) moments[index(e)].add(g.col(s).data());
            std::vector<double>& kept = values[index(e)];
            for (Eigen::Index s = 0; s < g.cols() && static_cast<long long>(kept.size()) < kStoredValues; ++s) {
                kept.push_back(g(result.component, s));
            }
        }
        done += count;
        const bool last = done >= settings.samplesPerPoint;
        if (!last && clock.elapsed() - lastPublish < kPublishIntervalMs) continue;
        lastPublish = clock.elapsed();
        result.samples = done;
        result.finished = last;
        // Moments.
        for (Estimator e : allEstimators()) {
            if (!which.contains(e)) continue;
            const GradientMoments& m = moments[index(e)];
            result.mean[index(e)] = m.mean();
            result.standardDeviation[index(e)] =
                m.count() > 1 ? Eigen::VectorXd((m.squaredDeviations() / static_cast<double>(m.count() - 1)).cwiseSqrt())
                              : Eigen::VectorXd::Zero(k);
        }
        // The density's range: the central 99% of the values of every shown estimator, and the exact value.
        double low = result.exact[result.component];
        double high = low;
        for (Estimator e : allEstimators()) {
            std::vector<double> sorted = values[index(e)];
            if (!which.contains(e) || sorted.empty()) continue;
            const auto at = [&sorted](double q) {
                const auto i = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1));
                std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(i), sorted.end());
                return sorted[i];
            };
            low = std::min(low, at(0.005));
            high = std::max(high, at(0.995));
        }
        if (!(high > low)) {
            const double pad = std::max(1e-12, 0.05 * std::abs(low));
            low -= pad;
            high += pad;
        }
        const double margin = 0.04 * (high - low);
        result.low = low - margin;
        result.high = high + margin;
        const double width = (result.high - result.low) / kDensityBins;
        for (Estimator e : allEstimators()) {
            std::vector<double>& density = result.density[index(e)];
            density.assign(which.contains(e) ? kDensityBins : 0, 0.0);
            const std::vector<double>& kept = values[index(e)];
            if (kept.empty()) continue;
            for (double v : kept) {
                const double bin = std::floor((v - result.low) / width);
                if (bin >= 0.0 && bin < kDensityBins) density[static_cast<std::size_t>(bin)] += 1.0;
            }
            for (double& d : density) d /= static_cast<double>(kept.size()) * width;
        }
        publish(result);
    }
}

void computeGradientRace(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau, std::uint64_t seed,
                         const std::atomic<bool>& cancel, const std::function<void(const GradientRaceResult&)>& publish) {
    GradientRaceResult result;
    result.estimators = settings.estimators;
    const int k = static_cast<int>(theta.size());
    const auto fail = [&](const std::string& why) { publishError(result, why, publish); };
    const Result<Objective> objective = settings.objective(k);
    if (!objective) return fail(objective.error());
    result.bestVertex = objective->vertexValues().minCoeff();
    const EstimatorSet which = settings.estimatorSet();
    std::array<Eigen::VectorXd, kEstimatorCount> thetas;
    for (Estimator e : allEstimators()) thetas[index(e)] = theta;
    Eigen::VectorXd exactTheta = theta;
    const auto lossAt = [&objective](const Eigen::VectorXd& t) {
        const Result<ExactGradient> exact = exactGradient(t, objective.value());
        return exact ? exact->objective : std::numeric_limits<double>::quiet_NaN();
    };
    for (Estimator e : allEstimators()) {
        if (which.contains(e)) result.loss[index(e)].push_back(lossAt(theta));
    }
    result.exactLoss.push_back(lossAt(theta));
    GradientScratch scratch;
    std::array<Eigen::MatrixXd, kEstimatorCount> block;
    QElapsedTimer clock;
    clock.start();
    qint64 lastPublish = -kPublishIntervalMs;
    for (int step = 0; step < settings.steps; ++step) {
        if (cancel.load()) return;
        const double stepTau = settings.raceTau(step, tau);
        result.taus.push_back(stepTau);
        // Sample indices step * B .. step * B + B - 1 for every estimator: the same noise for all of them.
        const auto first = static_cast<std::uint64_t>(step) * static_cast<std::uint64_t>(settings.batch);
        for (Estimator e : allEstimators()) {
            if (!which.contains(e)) continue;
            Eigen::VectorXd& t = thetas[index(e)];
            const Result<GradientEstimators> estimators =
                GradientEstimators::create(t, objective.value(), settings.engineSettings(stepTau, seed));
            if (!estimators) return fail(estimators.error());
            estimators->estimateBlock(first, settings.batch, EstimatorSet::only(e), scratch, block);
            const Eigen::VectorXd g = block[index(e)].rowwise().mean();
            if (g.allFinite()) t -= settings.learningRate * g;
            result.loss[index(e)].push_back(lossAt(t));  // the loss after the step
        }
        if (const Result<ExactGradient> exact = exactGradient(exactTheta, objective.value())) {
            exactTheta -= settings.learningRate * exact->gradient;
        }
        result.exactLoss.push_back(lossAt(exactTheta));
        result.steps = step + 1;
        result.finished = step + 1 == settings.steps;
        if (result.finished || clock.elapsed() - lastPublish >= kPublishIntervalMs) {
            lastPublish = clock.elapsed();
            publish(result);
        }
    }
}

}  // namespace gumbel::ui
