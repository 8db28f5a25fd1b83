#include "core/Distribution.h"

#include <cmath>
#include <limits>

#include "core/Limits.h"
#include "core/NoiseField.h"
#include "core/NoiseKernels.h"
#include "core/NumberParsing.h"

namespace gumbel {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

Status checkSize(long long k, std::string_view what) {
    if (k < 1 || k > limits::kMaxCategories) {
        return Error{std::string(what) + ": k = " + std::to_string(k) + " is out of range (allowed: 1 to " +
                     std::to_string(limits::kMaxCategories) + ")"};
    }
    return {};
}

// Normalise log-weights in place: logP -= logsumexp(logP).
void normaliseLog(Eigen::VectorXd& logP) {
    const double top = logP.maxCoeff();
    double sum = 0.0;
    for (double v : logP) sum += std::exp(v - top);
    const double logZ = top + std::log(sum);
    for (double& v : logP) v = v == kNegInf ? kNegInf : v - logZ;
}

// log Gamma(alpha, 1) variate for category `index`, from the Distribution stream.
double logGammaVariate(double alpha, const NoiseField& noise, std::uint32_t index) {
    double boost = 0.0;
    double a = alpha;
    if (alpha < 1.0) {  // G(a) = G(a + 1) * U^(1/a), kept in log space for tiny a
        boost = std::log(noise.uniform(Stream::Distribution, 0, index, 0)) / alpha;
        a = alpha + 1.0;
    }
    const double d = a - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (std::uint32_t attempt = 0; attempt < 256; ++attempt) {  // Marsaglia-Tsang accepts > 95%
        const std::uint32_t cell = 1 + 3 * attempt;
        const double u1 = noise.uniform(Stream::Distribution, 0, index, cell);
        const double u2 = noise.uniform(Stream::Distribution, 0, index, cell + 1);
        const double x = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        const double t = 1.0 + c * x;
        if (t <= 0.0) continue;
        const double v = t * t * t;
        const double u = noise.uniform(Stream::Distribution, 0, index, cell + 2);
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return std::log(d * v) + boost;
    }
    return std::log(d) + boost;
}

Result<double> presetParameter(std::string_view spec, std::size_t colon, double fallback, std::string_view name) {
    if (colon == std::string_view::npos) return fallback;
    return parseDouble(spec.substr(colon + 1), "--dist " + std::string(name) + " parameter");
}

}  // namespace

Distribution::Distribution(Eigen::VectorXd logP) : p_(logP.size()), logP_(std::move(logP)) {
    for (Eigen::Index i = 0; i < logP_.size(); ++i) {
        p_[i] = logP_[i] == kNegInf ? 0.0 : std::exp(logP_[i]);
        if (p_[i] > 0.0) ++support_;
    }
    finiteLogP_ = logP_.cwiseMax(kernels::kFiniteFloor);
}

Distribution::Distribution(Eigen::VectorXd p, Eigen::VectorXd logP) : p_(std::move(p)), logP_(std::move(logP)) {
    support_ = static_cast<int>((p_.array() > 0.0).count());
    finiteLogP_ = logP_.cwiseMax(kernels::kFiniteFloor);
}

std::string weightProblem(double weight) {
    if (std::isnan(weight)) return "is NaN";
    if (std::isinf(weight)) return "is infinite";
    if (weight < 0.0) return "is negative; weights must be >= 0";
    return {};
}

Result<Distribution> Distribution::fromWeights(const std::vector<double>& weights) {
    if (weights.empty()) return Error{"weights: none given"};
    if (Status s = checkSize(static_cast<long long>(weights.size()), "weights"); !s) return Error{s.error()};
    double largest = 0.0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double w = weights[i];
        if (const std::string problem = weightProblem(w); !problem.empty()) {
            const std::string shown = std::isnan(w) ? std::string() : " (" + formatDouble(w) + ")";
            return Error{"weight " + std::to_string(i + 1) + shown + " " + problem};
        }
        largest = std::max(largest, w);
    }
    if (largest == 0.0) return Error{"weights: all " + std::to_string(weights.size()) + " weights are zero"};
    // p = w / sum(w), computed on w / max(w) so the sum cannot overflow.
    const auto k = static_cast<Eigen::Index>(weights.size());
    Eigen::VectorXd p(k);
    for (Eigen::Index i = 0; i < k; ++i) p[i] = weights[static_cast<std::size_t>(i)] / largest;
    const double sum = p.sum();
    Eigen::VectorXd logP(k);
    for (Eigen::Index i = 0; i < k; ++i) {
        logP[i] = p[i] == 0.0 ? kNegInf : std::log(p[i]) - std::log(sum);
        p[i] /= sum;
    }
    return Distribution(std::move(p), std::move(logP));
}

Result<Distribution> Distribution::fromLogits(const std::vector<double>& logits) {
    if (logits.empty()) return Error{"logits: none given"};
    if (Status s = checkSize(static_cast<long long>(logits.size()), "logits"); !s) return Error{s.error()};
    bool anyFinite = false;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        const double l = logits[i];
        if (std::isnan(l)) return Error{"logit " + std::to_string(i + 1) + " is NaN"};
        if (l == std::numeric_limits<double>::infinity()) {
            return Error{"logit " + std::to_string(i + 1) + " is +inf; logits must be finite or -inf"};
        }
        anyFinite = anyFinite || std::isfinite(l);
    }
    if (!anyFinite) return Error{"logits: all " + std::to_string(logits.size()) + " logits are -inf"};
    Eigen::VectorXd logP = Eigen::Map<const Eigen::VectorXd>(logits.data(), static_cast<Eigen::Index>(logits.size()));
    normaliseLog(logP);
    return Distribution(std::move(logP));
}

std::vector<std::string> Distribution::presetNames() { return {"uniform", "zipf", "geometric", "dirichlet", "peaked"}; }

Result<Distribution> Distribution::named(std::string_view spec, long long k, std::uint64_t seed) {
    if (Status s = checkSize(k, "--k"); !s) return Error{s.error()};
    const std::size_t colon = spec.find(':');
    const std::string_view name = spec.substr(0, colon);
    Eigen::VectorXd logP(static_cast<Eigen::Index>(k));
    if (name == "uniform") {
        if (colon != std::string_view::npos) return Error{"--dist uniform takes no parameter"};
        logP.setZero();
    } else if (name == "zipf") {
        const Result<double> s = presetParameter(spec, colon, 1.0, name);
        if (!s) return Error{s.error()};
        if (!(s.value() >= 0.0) || !std::isfinite(s.value()) || s.value() > 1e6) {
            return Error{"--dist zipf:s needs 0 <= s <= 1e6, got " + formatDouble(s.value())};
        }
        for (Eigen::Index i = 0; i < logP.size(); ++i) logP[i] = -s.value() * std::log(static_cast<double>(i + 1));
    } else if (name == "geometric") {
        const Result<double> r = presetParameter(spec, colon, 0.5, name);
        if (!r) return Error{r.error()};
        if (!(r.value() > 0.0 && r.value() <= 1.0)) {
            return Error{"--dist geometric:r needs 0 < r <= 1, got " + formatDouble(r.value())};
        }
        for (Eigen::Index i = 0; i < logP.size(); ++i) logP[i] = static_cast<double>(i) * std::log(r.value());
    } else if (name == "dirichlet") {
        const Result<double> alpha = presetParameter(spec, colon, 1.0, name);
        if (!alpha) return Error{alpha.error()};
        if (!(alpha.value() >= 1e-3 && alpha.value() <= 1e6)) {
            return Error{"--dist dirichlet:alpha needs 1e-3 <= alpha <= 1e6, got " + formatDouble(alpha.value())};
        }
        const NoiseField noise(seed);
        for (Eigen::Index i = 0; i < logP.size(); ++i) {
            logP[i] = logGammaVariate(alpha.value(), noise, static_cast<std::uint32_t>(i));
        }
    } else if (name == "peaked") {
        const Result<double> q = presetParameter(spec, colon, 0.9, name);
        if (!q) return Error{q.error()};
        if (!(q.value() > 0.0 && q.value() < 1.0)) {
            return Error{"--dist peaked:q needs 0 < q < 1, got " + formatDouble(q.value())};
        }
        logP.setConstant(k > 1 ? std::log1p(-q.value()) - std::log(static_cast<double>(k - 1)) : 0.0);
        logP[0] = k > 1 ? std::log(q.value()) : 0.0;
    } else {
        std::string names;
        for (const std::string& n : presetNames()) names += (names.empty() ? "" : ", ") + n;
        return Error{"--dist: unknown distribution " + quoteForMessage(name) + " (known: " + names + ")"};
    }
    normaliseLog(logP);
    return Distribution(std::move(logP));
}

Status Distribution::checkSubsetSize(int m) const {
    if (m < 1 || m > support_) {
        return Error{"m = " + std::to_string(m) + " is out of range: it must be between 1 and the " +
                     std::to_string(support_) + " categories with p > 0"};
    }
    return {};
}

}  // namespace gumbel
