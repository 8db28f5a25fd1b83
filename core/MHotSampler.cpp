#include "core/MHotSampler.h"

#include <cmath>
#include <limits>

#include "core/TemperedSoftmax.h"

namespace gumbel {

namespace {
constexpr double kNegInf = -std::numeric_limits<double>::infinity();

// TruncatedGumbel(logP, upper bound top) = -log(exp(-top) + exp(-logP) * E),
// E ~ Exponential(1), in log-sum-exp form. p = 0 stays -inf.
double truncatedGumbel(double logP, double top, double exponential) {
    if (logP == kNegInf) return kNegInf;
    const double a = -top;
    const double b = -logP + std::log(exponential);
    const double hi = a > b ? a : b;
    return -(hi + std::log1p(std::exp(-std::fabs(a - b))));
}
}  // namespace

Result<MHotMethod> parseMHotMethod(const std::string& text) {
    if (text == "exact") return MHotMethod::Exact;
    if (text == "rejection") return MHotMethod::Rejection;
    return Error{"--method: unknown method '" + text + "' (known: exact, rejection)"};
}

const char* methodName(MHotMethod method) { return method == MHotMethod::Exact ? "exact" : "rejection"; }

Result<MHotSampler> MHotSampler::create(const Distribution& distribution, double tau, const MHotSettings& settings,
                                        std::uint64_t seed) {
    if (Status s = validateTemperature(tau); !s) return Error{s.error()};
    const int support = distribution.supportSize();
    if (settings.m < 1 || settings.m > support) {
        return Error{"m = " + std::to_string(settings.m) + " is out of range: it must be between 1 and the " +
                     std::to_string(support) + " categories with p > 0"};
    }
    if (settings.maxDraws < settings.m) {
        return Error{"the cap on draws (" + std::to_string(settings.maxDraws) + ") is smaller than m"};
    }
    return MHotSampler(distribution, tau, settings, seed);
}

MHotSampler::MHotSampler(const Distribution& distribution, double tau, const MHotSettings& settings,
                         std::uint64_t seed)
    : distribution_(distribution), tau_(tau), settings_(settings), noise_(seed) {}

Status MHotSampler::sample(std::uint64_t index, MHotSample& out, const std::atomic<bool>* cancel) const {
    const Eigen::Index k = distribution_.size();
    out.v.resize(k, settings_.m);
    out.order.clear();
    out.order.reserve(static_cast<std::size_t>(settings_.m));
    out.draws = 0;
    Status status;
    if (settings_.method == MHotMethod::Exact) {
        sampleExact(index, out);
    } else {
        status = sampleRejection(index, out, cancel);
    }
    if (status) out.s = out.v.rowwise().maxCoeff();
    return status;
}

void MHotSampler::finishColumn(const Eigen::VectorXd& z, Eigen::Index winner, MHotSample& out) const {
    const auto column = static_cast<Eigen::Index>(out.order.size());
    out.order.push_back(static_cast<int>(winner));
    if (settings_.kind == OneHotKind::Hard) {
        out.v.col(column).setZero();
        out.v(winner, column) = 1.0;
    } else {
        temperedSoftmax(z, tau_, out.v.col(column));
    }
}

Status MHotSampler::sampleRejection(std::uint64_t index, MHotSample& out, const std::atomic<bool>* cancel) const {
    const Eigen::Index k = distribution_.size();
    const Eigen::VectorXd& logP = distribution_.logProbabilities();
    std::vector<char> taken(static_cast<std::size_t>(k), 0);
    Eigen::VectorXd z(k);
    for (long long draw = 0; static_cast<int>(out.order.size()) < settings_.m; ++draw) {
        if (draw >= settings_.maxDraws) {
            return Error{"the rejection rule hit its cap of " + std::to_string(settings_.maxDraws) +
                         " draws for one m-hot sample (p is too peaked for m = " + std::to_string(settings_.m) +
                         "); the exact method has no such cost"};
        }
        if (cancel != nullptr && (draw & 1023) == 1023 && cancel->load(std::memory_order_relaxed)) {
            return Error{"cancelled"};
        }
        noise_.gumbels(Stream::MHot, index, static_cast<std::uint32_t>(draw), 1, static_cast<std::size_t>(k), z.data());
        z += logP;
        out.draws = draw + 1;
        const Eigen::Index winner = argmaxIndex(z);
        if (taken[static_cast<std::size_t>(winner)] != 0) continue;  // a repeat: discard and draw again
        taken[static_cast<std::size_t>(winner)] = 1;
        finishColumn(z, winner, out);
    }
    return {};
}

void MHotSampler::sampleExact(std::uint64_t index, MHotSample& out) const {
    const Eigen::Index k = distribution_.size();
    const Eigen::VectorXd& logP = distribution_.logProbabilities();
    const Eigen::VectorXd& p = distribution_.probabilities();
    std::vector<char> taken(static_cast<std::size_t>(k), 0);
    Eigen::VectorXd z(k);
    Eigen::VectorXd exponential(k + 2);
    for (int column = 0; column < settings_.m; ++column) {
        // Cells 0..k-1: the truncated Gumbels' exponentials; k: the maximum; k+1: the winner.
        noise_.uniforms(Stream::MHot, index, static_cast<std::uint32_t>(column), 1, static_cast<std::size_t>(k + 2),
                        exponential.data());
        const double top = NoiseField::gumbelFromUniform(exponential[k]);  // M ~ Gumbel(log sum p) = Gumbel(0)
        const double pick = exponential[k + 1];
        double remaining = 0.0;  // P(B), summed directly (no 1 - P(A) cancellation)
        for (Eigen::Index i = 0; i < k; ++i) {
            if (taken[static_cast<std::size_t>(i)] == 0) remaining += p[i];
        }
        Eigen::Index winner = -1;
        double cumulative = 0.0;
        const double target = pick * remaining;
        for (Eigen::Index i = 0; i < k; ++i) {
            if (taken[static_cast<std::size_t>(i)] != 0 || p[i] == 0.0) continue;
            winner = i;  // the last eligible one absorbs rounding at the top end
            cumulative += p[i];
            if (target < cumulative) break;
        }
        for (Eigen::Index i = 0; i < k; ++i) {
            z[i] = i == winner ? top : truncatedGumbel(logP[i], top, -std::log(exponential[i]));
        }
        taken[static_cast<std::size_t>(winner)] = 1;
        finishColumn(z, winner, out);
    }
    out.draws = settings_.m;
}

}  // namespace gumbel
