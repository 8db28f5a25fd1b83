#include "core/Theory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
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

// P(at most m-1 of the categories other than `self` exceed a level with
// t = exp(-level)); category j exceeds with probability 1 - exp(-p_j t).
double atMostBelow(const Eigen::VectorXd& p, Eigen::Index self, int m, double t, std::vector<double>& dp) {
    dp.assign(static_cast<std::size_t>(m), 0.0);
    dp[0] = 1.0;
    int reach = 0;  // highest count with non-zero mass so far
    for (Eigen::Index j = 0; j < p.size(); ++j) {
        if (j == self || p[j] == 0.0) continue;
        const double stay = std::exp(-p[j] * t);
        const double exceed = -std::expm1(-p[j] * t);
        reach = std::min(reach + 1, m - 1);
        for (int r = reach; r >= 1; --r) dp[static_cast<std::size_t>(r)] = dp[static_cast<std::size_t>(r)] * stay + dp[static_cast<std::size_t>(r - 1)] * exceed;
        dp[0] *= stay;
    }
    double sum = 0.0;
    for (double v : dp) sum += v;
    return sum;
}

// Gauss-Kronrod 15-point rule (QUADPACK qk15) on [a, b]; returns K15 and |K15 - G7|.
template <class F>
std::pair<double, double> gaussKronrod15(const F& f, double a, double b) {
    static constexpr double kNodes[8] = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
                                         0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
                                         0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
                                         0.207784955007898467600689403773245, 0.0};
    static constexpr double kKronrod[8] = {0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
                                           0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
                                           0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
                                           0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    static constexpr double kGauss[4] = {0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
                                         0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
    const double centre = 0.5 * (a + b);
    const double half = 0.5 * (b - a);
    const double fc = f(centre);
    double kronrod = fc * kKronrod[7];
    double gauss = fc * kGauss[3];
    for (int i = 0; i < 7; ++i) {
        const double sum = f(centre - half * kNodes[i]) + f(centre + half * kNodes[i]);
        kronrod += kKronrod[i] * sum;
        if (i % 2 == 1) gauss += kGauss[i / 2] * sum;
    }
    return {kronrod * half, std::fabs((kronrod - gauss) * half)};
}

template <class F>
double integrateAdaptive(const F& f, double a, double b, double tolerance) {
    struct Piece {
        double a, b;
        int depth;
    };
    std::vector<Piece> stack{{a, b, 0}};
    double total = 0.0;
    while (!stack.empty()) {
        const Piece piece = stack.back();
        stack.pop_back();
        const auto [value, error] = gaussKronrod15(f, piece.a, piece.b);
        const double share = tolerance * (piece.b - piece.a) / (b - a);
        if (error <= share || piece.depth >= 40) {
            total += value;
        } else {
            const double mid = 0.5 * (piece.a + piece.b);
            stack.push_back({piece.a, mid, piece.depth + 1});
            stack.push_back({mid, piece.b, piece.depth + 1});
        }
    }
    return total;
}

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

Result<Eigen::VectorXd> inclusionProbabilities(const Distribution& distribution, int m) {
    if (Status s = checkM(distribution, m); !s) return Error{s.error()};
    const Eigen::VectorXd& p = distribution.probabilities();
    const Eigen::Index k = p.size();
    std::map<double, double> byProbability;  // categories with equal p share one integral
    for (Eigen::Index i = 0; i < k; ++i) byProbability.emplace(p[i], 0.0);
    const double work = static_cast<double>(byProbability.size()) * static_cast<double>(k) * m;
    constexpr double kMaxWork = 5e6;  // about a second of quadrature
    if (work > kMaxWork) {
        return Error{"exact inclusion probabilities for k = " + std::to_string(k) + ", m = " + std::to_string(m) +
                     " are too costly to integrate (distinct p x k x m = " + std::to_string(static_cast<long long>(work)) +
                     " > 5e6)"};
    }
    std::vector<double> dp;
    for (auto& entry : byProbability) {
        const double pi = entry.first;  // a plain variable: lambdas below capture it (C++17)
        double& inclusion = entry.second;
        if (pi == 0.0) continue;
        const Eigen::Index self = [&] {
            for (Eigen::Index i = 0; i < k; ++i) if (p[i] == pi) return i;
            return Eigen::Index{0};
        }();
        if (distribution.supportSize() - 1 < m) {
            inclusion = 1.0;
            continue;
        }
        // s = p_i t, s = e^y: P = integral e^(y - e^y) g(e^y / p_i) dy over y in [-45, 4].
        const auto integrand = [&](double y) {
            const double s = std::exp(y);
            return std::exp(y - s) * atMostBelow(p, self, m, s / pi, dp);
        };
        inclusion = std::min(1.0, std::max(0.0, integrateAdaptive(integrand, -45.0, 4.0, 1e-12)));
    }
    Eigen::VectorXd result(k);
    for (Eigen::Index i = 0; i < k; ++i) result[i] = byProbability[p[i]];
    return result;
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
