#include "core/GradientEstimators.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/GradientLanes.h"
#include "core/JacobianProduct.h"
#include "core/Limits.h"
#include "core/NoiseKernels.h"
#include "core/NumberParsing.h"
#include "core/TemperedSoftmax.h"

namespace gumbel {

namespace {

constexpr std::array<Estimator, kEstimatorCount> kAll = {
    Estimator::Reinforce, Estimator::ReinforceMean,         Estimator::Relaxed,
    Estimator::StraightThrough, Estimator::GumbelRao,       Estimator::Rloo,
    Estimator::ReinMax,   Estimator::GappedStraightThrough, Estimator::DecoupledStraightThrough};
constexpr std::array<Estimator, kLabEstimatorCount> kLab = {Estimator::Reinforce, Estimator::ReinforceMean,
                                                            Estimator::Relaxed, Estimator::StraightThrough,
                                                            Estimator::GumbelRao};
constexpr std::array<std::string_view, kEstimatorCount> kNames = {
    "reinforce", "reinforce-mean", "relaxed", "straight-through", "gumbel-rao",
    "rloo",      "reinmax",        "gapped-st", "decoupled-st"};

// Every value finite and within +-kMaxObjectiveMagnitude; `what` names the vector.
Status checkObjectiveValues(const Eigen::Ref<const Eigen::VectorXd>& values, const std::string& what) {
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) {
            return Error{what + " value " + std::to_string(i + 1) + " is " + formatDouble(v) + "; it must be finite"};
        }
        if (std::fabs(v) > kMaxObjectiveMagnitude) {
            return Error{what + " value " + std::to_string(i + 1) + " = " + formatDouble(v) +
                         " is too large (|value| <= 1e30)"};
        }
    }
    return {};
}

Result<Distribution> distributionOf(const Eigen::Ref<const Eigen::VectorXd>& theta) {
    return Distribution::fromLogits(std::vector<double>(theta.data(), theta.data() + theta.size()));
}

Status checkSizes(const Distribution& distribution, const Objective& objective) {
    if (objective.size() != distribution.size()) {
        return Error{"the target has " + std::to_string(objective.size()) + " values but there are k = " +
                     std::to_string(distribution.size()) + " categories"};
    }
    return {};
}

ExactGradient exactOf(const Distribution& distribution, const Objective& objective) {
    const Eigen::VectorXd vertex = objective.vertexValues();
    const Eigen::VectorXd& p = distribution.probabilities();
    ExactGradient exact;
    exact.objective = p.dot(vertex);
    exact.gradient = p.cwiseProduct((vertex.array() - exact.objective).matrix());
    return exact;
}

}  // namespace

const std::array<Estimator, kEstimatorCount>& allEstimators() { return kAll; }

const std::array<Estimator, kLabEstimatorCount>& labEstimators() { return kLab; }

std::string_view estimatorName(Estimator estimator) { return kNames[static_cast<std::size_t>(estimator)]; }

Result<Estimator> parseEstimator(std::string_view name) {
    for (Estimator e : kAll) {
        if (estimatorName(e) == name) return e;
    }
    std::string known;
    for (std::string_view n : kNames) known += (known.empty() ? "" : ", ") + std::string(n);
    return Error{"unknown estimator " + quoteForMessage(name) + " (known: " + known + ")"};
}

// ---- Objective ----

Objective::Objective(Eigen::VectorXd target, Eigen::VectorXd weights)
    : target_(std::move(target)), weights_(std::move(weights)) {}

Result<Objective> Objective::create(const Eigen::Ref<const Eigen::VectorXd>& target) {
    return create(target, Eigen::VectorXd::Ones(target.size()));
}

Result<Objective> Objective::create(const Eigen::Ref<const Eigen::VectorXd>& target,
                                    const Eigen::Ref<const Eigen::VectorXd>& weights) {
    if (target.size() < 1) return Error{"target: no values given"};
    if (target.size() > limits::kMaxCategories) {
        return Error{"target: " + std::to_string(target.size()) + " values is too many (limit " +
                     std::to_string(limits::kMaxCategories) + ")"};
    }
    if (weights.size() != target.size()) {
        return Error{"weights: " + std::to_string(weights.size()) + " values, but the target has " +
                     std::to_string(target.size())};
    }
    if (Status s = checkObjectiveValues(target, "target"); !s) return Error{s.error()};
    if (Status s = checkObjectiveValues(weights, "weights"); !s) return Error{s.error()};
    return Objective(target, weights);
}

double Objective::value(const Eigen::Ref<const Eigen::VectorXd>& x) const {
    return weights_.dot((x - target_).cwiseAbs2());
}

Eigen::VectorXd Objective::vertexValues() const {
    // f(e_j) = sum_i w_i t_i^2 + w_j ((1 - t_j)^2 - t_j^2) = base + w_j (1 - 2 t_j)
    const double base = weights_.dot(target_.cwiseAbs2());
    return (base + weights_.array() * (1.0 - 2.0 * target_.array())).matrix();
}

Result<ExactGradient> exactGradient(const Eigen::Ref<const Eigen::VectorXd>& theta, const Objective& objective) {
    Result<Distribution> distribution = distributionOf(theta);
    if (!distribution) return Error{distribution.error()};
    if (Status s = checkSizes(distribution.value(), objective); !s) return Error{s.error()};
    return exactOf(distribution.value(), objective);
}

void softmaxJacobianProduct(const Eigen::Ref<const Eigen::VectorXd>& c, const Eigen::Ref<const Eigen::VectorXd>& v,
                            Eigen::Index m, double tau, Eigen::Ref<Eigen::VectorXd> out) {
    const Eigen::VectorXd cc = c;  // contiguous copies: Ref may be strided
    const Eigen::VectorXd vv = v;
    Eigen::VectorXd result(c.size());
    detail::jacobianProduct<false>(cc.data(), vv.data(), c.size(), m, 1.0 / tau, result.data());
    out = result;
}

// ---- GradientEstimators ----

Result<GradientEstimators> GradientEstimators::create(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                      const Objective& objective, const GradientSettings& settings) {
    if (Status s = validateTemperature(settings.tau); !s) return Error{s.error()};
    if (settings.tau < kMinGradientTau || settings.tau > kMaxGradientTau) {
        return Error{"tau = " + formatDouble(settings.tau) + " is out of range for gradients (allowed: 1e-4 to 1e3)"};
    }
    if (settings.conditionalSamples < 1 || settings.conditionalSamples > kMaxConditionalSamples) {
        return Error{"K = " + std::to_string(settings.conditionalSamples) +
                     " conditional samples is out of range (allowed: 1 to 10000)"};
    }
    if (settings.leaveOneOutDraws < kMinLeaveOneOutDraws || settings.leaveOneOutDraws > kMaxLeaveOneOutDraws) {
        return Error{"B = " + std::to_string(settings.leaveOneOutDraws) +
                     " draws for RLOO is out of range (allowed: 2 to 10000; the leave-one-out baseline needs two)"};
    }
    if (!(settings.gap > 0.0 && settings.gap <= kMaxGap)) {
        return Error{"the gap kappa = " + formatDouble(settings.gap) + " is out of range (allowed: above 0, up to 100)"};
    }
    if (!(settings.backwardTau >= kMinGradientTau && settings.backwardTau <= kMaxGradientTau)) {
        return Error{"the backward temperature tau_b = " + formatDouble(settings.backwardTau) +
                     " is out of range (allowed: 1e-4 to 1e3)"};
    }
    Result<Distribution> distribution = distributionOf(theta);
    if (!distribution) return Error{distribution.error()};
    if (Status s = checkSizes(distribution.value(), objective); !s) return Error{s.error()};
    const long long cells = static_cast<long long>(settings.conditionalSamples) * distribution->size();
    if (cells > kMaxConditionalCells) {
        return Error{"k x K = " + std::to_string(cells) + " conditional values is too many (limit " +
                     std::to_string(kMaxConditionalCells) + ")"};
    }
    const long long draws = static_cast<long long>(settings.leaveOneOutDraws) * distribution->size();
    if (draws > kMaxConditionalCells) {
        return Error{"k x B = " + std::to_string(draws) + " values for RLOO is too many (limit " +
                     std::to_string(kMaxConditionalCells) + ")"};
    }
    ExactGradient exact = exactOf(distribution.value(), objective);
    return GradientEstimators(std::move(distribution).value(), objective, settings, std::move(exact));
}

GradientEstimators::GradientEstimators(Distribution distribution, Objective objective, GradientSettings settings,
                                       ExactGradient exact)
    : distribution_(std::move(distribution)),
      objective_(std::move(objective)),
      settings_(settings),
      exact_(std::move(exact)),
      noise_(settings.seed),
      vertexValues_(objective_.vertexValues()),
      baseDirection_(-2.0 * objective_.weights().cwiseProduct(objective_.target())),
      twiceWeights_(2.0 * objective_.weights()) {
    const Eigen::VectorXd& logP = distribution_.finiteLogProbabilities();
    const double top = logP.maxCoeff();
    logNormaliser_ = top + std::log((logP.array() - top).exp().sum());
    oneMinusP_.resize(logP.size());
    for (Eigen::Index j = 0; j < logP.size(); ++j) oneMinusP_[j] = -std::expm1(distribution_.logProbabilities()[j]);
    temperedP_.resize(logP.size());
    temperedSoftmax(distribution_.logProbabilities(), settings_.tau, temperedP_);
    // RLOO's inverse CDF (core/EstimatorRoster.cpp): P_j = p_0 + ... + p_j, left to right, so a p_j = 0 leaves
    // P_j = P_(j-1) exactly and u < P_j never picks it first; from the last category with p > 0 on, P = +inf, so
    // every u in (0, 1) finds a category with p > 0 however the sum rounds (the last such one takes the
    // rounding's share, below 1e-15 in all).
    const Eigen::VectorXd& p = distribution_.probabilities();
    leaveOneOutCdf_.resize(p.size());
    double cumulative = 0.0;
    Eigen::Index lastPositive = 0;
    for (Eigen::Index j = 0; j < p.size(); ++j) {
        cumulative += p[j];
        leaveOneOutCdf_[j] = cumulative;
        if (p[j] > 0.0) lastPositive = j;
    }
    for (Eigen::Index j = lastPositive; j < p.size(); ++j) leaveOneOutCdf_[j] = std::numeric_limits<double>::infinity();
    // Gapped-st's softmax terms off the winner (core/EstimatorRoster.cpp), in the order its softmax formed them.
    gappedExp_.resize(logP.size());
    for (Eigen::Index j = 0; j < logP.size(); ++j) {
        gappedExp_[j] = std::exp((std::min(logP[j], top - settings_.gap) - top) / settings_.tau);
    }
}

void GradientEstimators::sampleNoise(std::uint64_t first, Eigen::Index count, GradientScratch& scratch,
                                     bool backwardToo) const {
    // The block's eps in lane layout (8 samples side by side), then C = softmax((log p + eps) / tau) and
    // z = argmax(log p + eps) across the lanes (GradientLanes.h); the last block is padded with the noise of
    // the samples after it, which nothing reads. backwardToo: also decoupled-st's backward points,
    // softmax((log p + eps) / tau_b) of the same eps, in scratch.backwardC (C is its forward point).
    const std::size_t k = static_cast<std::size_t>(size());
    const std::size_t blocks = (static_cast<std::size_t>(count) + lanes::kLanes - 1) / lanes::kLanes;
    scratch.c.resize(static_cast<Eigen::Index>(k * lanes::kLanes), static_cast<Eigen::Index>(blocks));
    scratch.winners.resize(blocks * lanes::kLanes);
    noise_.gumbelLanes(Stream::Gradient, 0, static_cast<std::uint32_t>(first), blocks, k, scratch.c.data());
    if (backwardToo) {
        scratch.backwardC = scratch.c;
        scratch.backwardWinners.resize(blocks * lanes::kLanes);
        lanes::softmaxBlocks(scratch.backwardC.data(), blocks, distribution_.finiteLogProbabilities().data(), k,
                             settings_.backwardTau, scratch.backwardWinners.data());
    }
    lanes::softmaxBlocks(scratch.c.data(), blocks, distribution_.finiteLogProbabilities().data(), k, settings_.tau,
                         scratch.winners.data());
}

void GradientEstimators::scoreFunction(Eigen::Index z, double baseline, double* out) const {
    // (f(e_z) - b)(e_z - p); 1 - p_z as -expm1(log p_z), accurate when p_z is near 1.
    const double a = vertexValues_[z] - baseline;
    const double* p = distribution_.probabilities().data();
    for (Eigen::Index j = 0; j < size(); ++j) out[j] = -a * p[j];
    out[z] = a * oneMinusP_[z];
}

void GradientEstimators::straightThroughDirection(Eigen::Index z, double* v) const {
    // grad f(e_z) = 2 w (e_z - t)
    for (Eigen::Index j = 0; j < size(); ++j) v[j] = baseDirection_[j];
    v[z] += twiceWeights_[z];
}

void GradientEstimators::conditionalGumbels(std::uint64_t n, Eigen::Index z, Eigen::Ref<Eigen::MatrixXd> gaps,
                                            Eigen::Ref<Eigen::VectorXd> tops) const {
    const Eigen::Index k = size();
    const Eigen::Index conditional = gaps.cols();
    if (gaps.outerStride() == k) {
        noise_.gumbels(Stream::GradientConditional, n, 0, static_cast<std::size_t>(conditional),
                       static_cast<std::size_t>(k), gaps.data());
    } else {
        for (Eigen::Index r = 0; r < conditional; ++r) {
            noise_.gumbels(Stream::GradientConditional, n, static_cast<std::uint32_t>(r), 1,
                           static_cast<std::size_t>(k), gaps.col(r).data());
        }
    }
    const double* logP = distribution_.finiteLogProbabilities().data();
    for (Eigen::Index r = 0; r < conditional; ++r) {
        double* g = gaps.col(r).data();
        // G_z = logsumexp(theta) - log E_z with E_z = exp(-g_z); the others are
        // Gumbel(theta_j) truncated at G_z: E_j = exp(-g_j) gives theta_j + g_j.
        const double top = logNormaliser_ + g[z];
        tops[r] = top;
        for (Eigen::Index j = 0; j < k; ++j) g[j] = (logP[j] + g[j]) - top;  // x_j - G_z
    }
    // gap = -softplus(G_z - x_j), over all columns at once (top 0 after the shift above).
    for (Eigen::Index r = 0; r < conditional; ++r) {
        if (gaps.outerStride() != k) kernels::truncatedGaps(gaps.col(r).data(), static_cast<std::size_t>(k), 0.0);
    }
    if (gaps.outerStride() == k) kernels::truncatedGaps(gaps.data(), static_cast<std::size_t>(k * conditional), 0.0);
    for (Eigen::Index r = 0; r < conditional; ++r) gaps(z, r) = 0.0;
}

void GradientEstimators::gumbelRao(std::uint64_t n, Eigen::Index z, GradientScratch& scratch, double* out) const {
    const Eigen::Index k = size();
    const Eigen::Index conditional = settings_.conditionalSamples;
    scratch.conditional.resize(k, conditional);
    scratch.tops.resize(conditional);
    conditionalGumbels(n, z, scratch.conditional, scratch.tops);
    kernels::softmaxColumns(scratch.conditional.data(), nullptr, static_cast<std::size_t>(k),
                            static_cast<std::size_t>(conditional), settings_.tau);
    const double invTau = 1.0 / settings_.tau;
    for (Eigen::Index j = 0; j < k; ++j) out[j] = 0.0;
    for (Eigen::Index r = 0; r < conditional; ++r) {
        detail::jacobianProduct<true>(scratch.conditional.col(r).data(), scratch.v.data(), k, z, invTau, out);
    }
    const double mean = 1.0 / static_cast<double>(conditional);
    for (Eigen::Index j = 0; j < k; ++j) out[j] *= mean;
}

void GradientEstimators::estimateBlock(std::uint64_t first, Eigen::Index count, EstimatorSet which,
                                       GradientScratch& scratch, std::array<Eigen::MatrixXd, kEstimatorCount>& out) const {
    std::array<double*, kEstimatorCount> columns{};
    for (Estimator e : kAll) {
        if (!which.contains(e)) continue;
        out[static_cast<std::size_t>(e)].resize(size(), count);
        columns[static_cast<std::size_t>(e)] = out[static_cast<std::size_t>(e)].data();
    }
    estimateInto(first, count, which, scratch, columns);
}

Status GradientEstimators::estimateBlock(std::uint64_t first, Estimator estimator, GradientScratch& scratch,
                                         Eigen::Ref<Eigen::MatrixXd> out) const {
    if (out.rows() != size() || (out.cols() > 1 && out.outerStride() != size())) {
        return Error{"the output block must have k rows and contiguous columns"};
    }
    std::array<double*, kEstimatorCount> columns{};
    columns[static_cast<std::size_t>(estimator)] = out.data();
    estimateInto(first, out.cols(), EstimatorSet::only(estimator), scratch, columns);
    return {};
}

void GradientEstimators::estimateInto(std::uint64_t first, Eigen::Index count, EstimatorSet which,
                                      GradientScratch& scratch, const std::array<double*, kEstimatorCount>& out) const {
    const Eigen::Index k = size();
    if (which.empty() || count == 0) return;
    const bool decoupled = which.contains(Estimator::DecoupledStraightThrough);
    sampleNoise(first, count, scratch, decoupled);
    scratch.v.resize(k);
    const double invTau = 1.0 / settings_.tau;
    const bool reinforce = which.contains(Estimator::Reinforce);
    const bool reinforceMean = which.contains(Estimator::ReinforceMean);
    const bool relaxed = which.contains(Estimator::Relaxed);
    const bool straightThrough = which.contains(Estimator::StraightThrough);
    const bool gumbelRaoToo = which.contains(Estimator::GumbelRao);
    const auto column = [&](Estimator e, Eigen::Index s) { return out[static_cast<std::size_t>(e)] + s * k; };
    if (relaxed || straightThrough || decoupled) {
        const double* twiceWeights = twiceWeights_.data();
        const double* base = baseDirection_.data();
        const std::size_t rows = static_cast<std::size_t>(k);
        for (Eigen::Index b = 0; b * static_cast<Eigen::Index>(lanes::kLanes) < count; ++b) {
            const Eigen::Index s = b * static_cast<Eigen::Index>(lanes::kLanes);
            const std::size_t inBlock = static_cast<std::size_t>(std::min<Eigen::Index>(count - s, lanes::kLanes));
            const double* c = scratch.c.col(b).data();
            const std::ptrdiff_t* z = scratch.winners.data() + s;
            if (relaxed) {
                lanes::relaxedBlock(c, z, twiceWeights, base, rows, invTau, inBlock, column(Estimator::Relaxed, s));
            }
            if (straightThrough) {
                lanes::straightThroughBlock(c, z, twiceWeights, base, rows, invTau, inBlock,
                                            column(Estimator::StraightThrough, s));
            }
            if (decoupled) {
                lanes::decoupledBlock(c, scratch.backwardC.col(b).data(), z, twiceWeights, base, rows,
                                      1.0 / settings_.backwardTau, inBlock,
                                      column(Estimator::DecoupledStraightThrough, s));
            }
        }
    }
    const bool rloo = which.contains(Estimator::Rloo);
    const bool reinMaxToo = which.contains(Estimator::ReinMax);
    const bool gapped = which.contains(Estimator::GappedStraightThrough);
    if (!reinforce && !reinforceMean && !gumbelRaoToo && !rloo && !reinMaxToo && !gapped) return;
    double* v = scratch.v.data();
    for (Eigen::Index s = 0; s < count; ++s) {
        const Eigen::Index z = scratch.winners[static_cast<std::size_t>(s)];
        const std::uint64_t n = first + static_cast<std::uint64_t>(s);
        if (reinforce) scoreFunction(z, 0.0, column(Estimator::Reinforce, s));
        if (reinforceMean) scoreFunction(z, exact_.objective, column(Estimator::ReinforceMean, s));
        if (rloo) leaveOneOut(n, z, scratch, column(Estimator::Rloo, s));
        if (!gumbelRaoToo && !reinMaxToo && !gapped) continue;
        straightThroughDirection(z, v);  // grad f(e_z)
        if (gumbelRaoToo) gumbelRao(n, z, scratch, column(Estimator::GumbelRao, s));
        if (reinMaxToo) reinMax(z, scratch, column(Estimator::ReinMax, s));
        if (gapped) gappedStraightThrough(z, scratch, column(Estimator::GappedStraightThrough, s));
    }
}

Eigen::VectorXd GradientEstimators::estimate(std::uint64_t n, Estimator estimator) const {
    GradientScratch scratch;
    std::array<Eigen::MatrixXd, kEstimatorCount> out;
    estimateBlock(n, 1, EstimatorSet::only(estimator), scratch, out);
    return out[static_cast<std::size_t>(estimator)].col(0);
}

Eigen::Index GradientEstimators::winner(std::uint64_t n) const {
    GradientScratch scratch;
    sampleNoise(n, 1, scratch);
    return scratch.winners[0];
}

}  // namespace gumbel
