#include "core/Theory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/NoiseField.h"

namespace gumbel::theory {

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

double logAddExp(double a, double b) {
    if (a == kNegInf) return b;
    if (b == kNegInf) return a;
    const double hi = std::max(a, b);
    return hi + std::log1p(std::exp(-std::fabs(a - b)));
}

Status checkM(const Distribution& distribution, int m) { return distribution.checkSubsetSize(m); }

}  // namespace

Eigen::VectorXd argmaxProbabilities(const Distribution& distribution) { return distribution.probabilities(); }

double binaryConcreteCdf(double x, double alpha, double tau) {
    if (x <= 0.0) return 0.0;
    if (x >= 1.0) return 1.0;
    return binaryConcreteCdfOfLogit(std::log(x) - std::log1p(-x), alpha, tau);
}

double binaryConcreteCdfOfLogit(double logit, double alpha, double tau) {
    // F = 1 / (1 + alpha ((1-x)/x)^tau), with (1-x)/x = exp(-logit).
    const double logTerm = std::log(alpha) - tau * logit;
    if (logTerm > 0.0) {
        const double e = std::exp(-logTerm);
        return e / (1.0 + e);
    }
    return 1.0 / (1.0 + std::exp(logTerm));
}

double binaryConcreteDensity(double x, double alpha, double tau) {
    if (!(x > 0.0 && x < 1.0)) return 0.0;
    const double logX = std::log(x);
    const double log1mX = std::log1p(-x);
    const double logDenominator = logAddExp(std::log(alpha) - tau * logX, -tau * log1mX);
    const double logF = std::log(tau) + std::log(alpha) - (tau + 1.0) * (logX + log1mX) - 2.0 * logDenominator;
    return std::exp(logF);
}

double concreteLogDensity(const Distribution& distribution, double tau, const Eigen::Ref<const Eigen::VectorXd>& x) {
    const Eigen::VectorXd& logP = distribution.logProbabilities();
    const Eigen::Index k = logP.size();
    if (x.size() != k || distribution.supportSize() != k) return kNegInf;
    // terms_i = log p_i - tau log x_i; kept on the stack for small k (the simplex view calls this per cell).
    constexpr Eigen::Index kStack = 16;
    double stackTerms[kStack];
    std::vector<double> heapTerms(static_cast<std::size_t>(k > kStack ? k : 0));
    double* terms = k > kStack ? heapTerms.data() : stackTerms;
    double logSumX = 0.0;
    double termSum = 0.0;
    double top = kNegInf;
    for (Eigen::Index i = 0; i < k; ++i) {
        if (!(x[i] > 0.0)) return kNegInf;
        const double logX = std::log(x[i]);
        terms[i] = logP[i] - tau * logX;
        termSum += terms[i];
        top = std::max(top, terms[i]);
        logSumX += logX;
    }
    double scaled = 0.0;
    for (Eigen::Index i = 0; i < k; ++i) scaled += std::exp(terms[i] - top);
    const double lse = top + std::log(scaled);
    return std::lgamma(static_cast<double>(k)) + static_cast<double>(k - 1) * std::log(tau) + termSum -
           static_cast<double>(k) * lse - logSumX;
}

namespace {

double remainingMass(const Eigen::VectorXd& p, const std::vector<char>& taken) {
    double sum = 0.0;
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        if (taken[static_cast<std::size_t>(i)] == 0) sum += p[i];
    }
    return sum;
}

// Sum over ordered prefixes of sum_j w(A_j) / (1 - P(A_j)), Plackett-Luce weights.
double enumerateDraws(const Eigen::VectorXd& p, std::vector<char>& taken, int depth, int m, double weight) {
    const double remaining = remainingMass(p, taken);
    double total = weight / remaining;
    if (depth + 1 >= m) return total;
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        if (taken[static_cast<std::size_t>(i)] != 0 || p[i] == 0.0) continue;
        taken[static_cast<std::size_t>(i)] = 1;
        total += enumerateDraws(p, taken, depth + 1, m, weight * p[i] / remaining);
        taken[static_cast<std::size_t>(i)] = 0;
    }
    return total;
}

}  // namespace

Result<ExpectedDraws> expectedRejectionDraws(const Distribution& distribution, int m, std::uint64_t seed) {
    if (Status s = checkM(distribution, m); !s) return Error{s.error()};
    const Eigen::VectorXd& p = distribution.probabilities();
    const Eigen::Index k = p.size();
    const int support = distribution.supportSize();
    // Nodes of the enumeration tree: sum over depth of support!/(support-depth)!.
    double nodes = 1.0;
    double level = 1.0;
    for (int depth = 1; depth < m && nodes < 1e9; ++depth) {
        level *= support - depth + 1;
        nodes += level;
    }
    std::vector<char> taken(static_cast<std::size_t>(k), 0);
    ExpectedDraws out;
    if (nodes * static_cast<double>(k) <= 2e7) {
        out.value = enumerateDraws(p, taken, 0, m, 1.0);
        return out;
    }
    // Monte Carlo over Plackett-Luce orders (Gumbel top-m), fixed seed, about 2e7 operations.
    const NoiseField noise(seed);
    const long long samples = std::clamp<long long>(static_cast<long long>(2e7 / (static_cast<double>(k) * m)), 200, 200000);
    const Eigen::VectorXd& logP = distribution.logProbabilities();
    const double total = remainingMass(p, taken);
    Eigen::VectorXd z(k);
    std::vector<Eigen::Index> index(static_cast<std::size_t>(k));
    double sum = 0.0;
    double sumSquares = 0.0;
    for (long long n = 0; n < samples; ++n) {
        noise.gumbels(Stream::Theory, static_cast<std::uint64_t>(n), 0, 1, static_cast<std::size_t>(k), z.data());
        z += logP;
        for (Eigen::Index i = 0; i < k; ++i) index[static_cast<std::size_t>(i)] = i;
        std::partial_sort(index.begin(), index.begin() + m, index.end(),
                          [&](Eigen::Index a, Eigen::Index b) { return z[a] > z[b]; });
        std::fill(taken.begin(), taken.end(), 0);
        double draws = 0.0;
        double remaining = total;
        for (int j = 0; j < m; ++j) {
            draws += 1.0 / remaining;
            const Eigen::Index chosen = index[static_cast<std::size_t>(j)];
            taken[static_cast<std::size_t>(chosen)] = 1;
            remaining -= p[chosen];
            // Subtraction cancels once little mass is left: sum what remains exactly then.
            if (remaining < 1e-3 * total) remaining = remainingMass(p, taken);
        }
        sum += draws;
        sumSquares += draws * draws;
    }
    const double mean = sum / static_cast<double>(samples);
    const double variance = std::max(0.0, sumSquares / static_cast<double>(samples) - mean * mean);
    out.value = mean;
    out.standardError = std::sqrt(variance / static_cast<double>(samples));
    out.exact = false;
    return out;
}

}  // namespace gumbel::theory
