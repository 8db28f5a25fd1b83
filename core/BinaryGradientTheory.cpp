// k = 2 (docs/gradients.md section 5). Write D = theta_0 - theta_1 and y = D + g_0 - g_1: y - D is standard
// logistic (density l(u) = sigma(u) sigma(-u)), category 0 wins iff y > 0 (probability p_0 = sigma(D)), and
// C_0 = sigma(y / tau). Every tau-dependent estimator's component 0 is s(y) times a factor, with
// s(y) = C_0 C_1 / tau (J(C) v has component 0 equal to s (v_0 - v_1)):
//   relaxed           s(y) (v_0(C) - v_1(C)),    v_i(x) = 2 w_i (x_i - t_i)
//   straight-through  s(y) a_z,                  a_z = v_0(e_z) - v_1(e_z)
//   Gumbel-Rao        a_z times the mean of K draws of s given z: mean that of straight-through and
//                     Var = Var(E[ST | z]) + E[Var(ST | z)] / K (law of total variance).
// REINFORCE and its mean-baseline version take two values with probabilities p_0 and p_1. The integrals over y
// are split at 0 (where z changes) and at D (the density's peak), on a range outside which the integrands are
// below 1e-17 of their peak.
#include "core/BinaryGradientTheory.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/GaussKronrod15.h"
#include "core/NumberParsing.h"

namespace gumbel::theory {

namespace {

// The integrands: [0] s, [1] s^2, [2] relaxed, [3] relaxed^2, each times the logistic density at y - D.
constexpr int kParts = 4;
using Parts = std::array<double, kParts>;

struct Integrand {
    double d = 0.0;
    double tau = 1.0;
    double v0 = 0.0, v1 = 0.0;  // relaxed factor = 2 w_0 (C_0 - t_0) - 2 w_1 (C_1 - t_1)
    double w0 = 1.0, t0 = 0.0, w1 = 1.0, t1 = 0.0;

    Parts operator()(double y) const {
        const double a = std::exp(-std::abs(y - d));
        const double density = a / ((1.0 + a) * (1.0 + a));
        const double x = y / tau;
        const double e = std::exp(-std::abs(x));
        const double small = e / (1.0 + e);  // the smaller of C_0, C_1
        const double large = 1.0 / (1.0 + e);
        const double c0 = x >= 0.0 ? large : small;
        const double c1 = x >= 0.0 ? small : large;
        const double s = small * large / tau;
        const double relaxed = s * (2.0 * w0 * (c0 - t0) - 2.0 * w1 * (c1 - t1));
        return {s * density, s * s * density, relaxed * density, relaxed * relaxed * density};
    }
};

Parts add(Parts a, const Parts& b) {
    for (int i = 0; i < kParts; ++i) a[static_cast<std::size_t>(i)] += b[static_cast<std::size_t>(i)];
    return a;
}

struct Piece {
    double a, b;
    Parts value, error;
};

Piece kronrod(const Integrand& f, double a, double b) {
    const double centre = 0.5 * (a + b);
    const double half = 0.5 * (b - a);
    Parts kron{}, gauss{};
    const Parts mid = f(centre);
    for (int i = 0; i < kParts; ++i) {
        kron[static_cast<std::size_t>(i)] = gk15::kKronrod[7] * mid[static_cast<std::size_t>(i)];
        gauss[static_cast<std::size_t>(i)] = gk15::kGauss[3] * mid[static_cast<std::size_t>(i)];
    }
    for (int n = 0; n < 7; ++n) {
        const Parts lo = f(centre - half * gk15::kNodes[n]);
        const Parts hi = f(centre + half * gk15::kNodes[n]);
        for (int i = 0; i < kParts; ++i) {
            const auto k = static_cast<std::size_t>(i);
            kron[k] += gk15::kKronrod[n] * (lo[k] + hi[k]);
            if (n % 2 == 1) gauss[k] += gk15::kGauss[n / 2] * (lo[k] + hi[k]);
        }
    }
    Piece piece{a, b, {}, {}};
    for (int i = 0; i < kParts; ++i) {
        const auto k = static_cast<std::size_t>(i);
        piece.value[k] = kron[k] * half;
        piece.error[k] = std::abs((kron[k] - gauss[k]) * half);
    }
    return piece;
}

// Adaptive Gauss-Kronrod on [a, b]: the piece with the largest error (relative to each part's scale) is halved
// until every part's error is below 1e-13 of its scale, or for at most 4000 halvings.
Parts integrate(const Integrand& f, double a, double b) {
    // The scale each part's error is measured against: its total, and for the relaxed mean (which may be 0 by
    // symmetry) at least sqrt(E relaxed^2), which bounds it (Cauchy-Schwarz; the density integrates to about 1).
    const auto scales = [](const Parts& total) {
        Parts scale;
        for (int i = 0; i < kParts; ++i) scale[static_cast<std::size_t>(i)] = std::abs(total[static_cast<std::size_t>(i)]);
        scale[2] = std::max(scale[2], std::sqrt(scale[3]));
        for (double& v : scale) v = std::max(v, 1e-300);
        return scale;
    };
    std::vector<Piece> pieces{kronrod(f, a, b)};
    for (int round = 0; round < 4000; ++round) {
        Parts total{}, error{};
        for (const Piece& p : pieces) {
            total = add(total, p.value);
            error = add(error, p.error);
        }
        const Parts scale = scales(total);
        bool done = true;
        for (std::size_t k = 0; k < kParts; ++k) {
            if (error[k] > 1e-13 * scale[k]) done = false;
        }
        if (done) return total;
        std::size_t worst = 0;
        double worstScore = -1.0;
        for (std::size_t j = 0; j < pieces.size(); ++j) {
            double score = 0.0;
            for (std::size_t k = 0; k < kParts; ++k) score = std::max(score, pieces[j].error[k] / scale[k]);
            if (score > worstScore) {
                worstScore = score;
                worst = j;
            }
        }
        const Piece p = pieces[worst];
        const double middle = 0.5 * (p.a + p.b);
        pieces[worst] = kronrod(f, p.a, middle);
        pieces.push_back(kronrod(f, middle, p.b));
    }
    Parts total{};
    for (const Piece& p : pieces) total = add(total, p.value);
    return total;
}

// The integral over [lo, hi] of f, split at the given points that fall inside.
Parts integrateSplit(const Integrand& f, double lo, double hi, std::vector<double> cuts) {
    cuts.push_back(lo);
    cuts.push_back(hi);
    std::sort(cuts.begin(), cuts.end());
    Parts total{};
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const double a = std::clamp(cuts[i], lo, hi);
        const double b = std::clamp(cuts[i + 1], lo, hi);
        if (b > a) total = add(total, integrate(f, a, b));
    }
    return total;
}

}  // namespace

double BinaryGradientMoments::biasSquared(Estimator e) const {
    const double b = mean[static_cast<std::size_t>(e)] - exact;
    return 2.0 * b * b;
}

double BinaryGradientMoments::varianceTrace(Estimator e) const {
    return 2.0 * variance[static_cast<std::size_t>(e)];
}

Result<BinaryGradientMoments> binaryGradientMoments(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                    const Objective& objective, double tau, int conditional) {
    if (theta.size() != 2 || objective.size() != 2) return Error{"the exact curves need k = 2 categories"};
    if (!(tau >= kMinGradientTau && tau <= kMaxGradientTau)) {
        return Error{"tau = " + formatDouble(tau) + " is out of range (allowed: " + formatDouble(kMinGradientTau) +
                     " to " + formatDouble(kMaxGradientTau) + ")"};
    }
    if (conditional < 1) return Error{"K = " + std::to_string(conditional) + " must be at least 1"};
    const Result<ExactGradient> exact = exactGradient(theta, objective);
    if (!exact) return Error{exact.error()};

    BinaryGradientMoments out;
    out.exact = exact->gradient[0];
    const Eigen::VectorXd f = objective.vertexValues();
    const Eigen::VectorXd& w = objective.weights();
    const Eigen::VectorXd& t = objective.target();
    // One category impossible: every estimate is exactly 0 (z never changes, C is a vertex, J(C) = 0).
    if (std::isinf(theta[0]) || std::isinf(theta[1])) return out;

    const double d = theta[0] - theta[1];
    // p_0 = sigma(d) and p_1 = sigma(-d), each without cancellation.
    const double p0 = d >= 0.0 ? 1.0 / (1.0 + std::exp(-d)) : std::exp(d) / (1.0 + std::exp(d));
    const double p1 = d >= 0.0 ? std::exp(-d) / (1.0 + std::exp(-d)) : 1.0 / (1.0 + std::exp(d));
    const double loss = p0 * f[0] + p1 * f[1];

    // REINFORCE: f(e_z)(1{z = 0} - p_0) is f_0 p_1 (z = 0) or -f_1 p_0 (z = 1); with the baseline, f - L for f.
    const auto twoPoint = [&](double x0, double x1, Estimator e) {
        const double mean = p0 * x0 + p1 * x1;
        out.mean[static_cast<std::size_t>(e)] = mean;
        out.variance[static_cast<std::size_t>(e)] = p0 * p1 * (x0 - x1) * (x0 - x1);
    };
    twoPoint(f[0] * p1, -f[1] * p0, Estimator::Reinforce);
    twoPoint((f[0] - loss) * p1, -(f[1] - loss) * p0, Estimator::ReinforceMean);

    Integrand integrand;
    integrand.d = d;
    integrand.tau = tau;
    integrand.w0 = w[0];
    integrand.w1 = w[1];
    integrand.t0 = t[0];
    integrand.t1 = t[1];
    // Beyond |y| = 45 tau, s < 1e-19 / tau; beyond |y - d| = 45 the density is below 3e-20.
    const double reach = 45.0 * std::max(tau, 1.0);
    const double lo = std::min(0.0, d) - reach;
    const double hi = std::max(0.0, d) + reach;
    const std::vector<double> cuts{d - 5.0, d, d + 5.0, -5.0 * tau, 5.0 * tau};
    std::vector<double> below, above;
    for (double c : cuts) (c < 0.0 ? below : above).push_back(c);
    const Parts lose = integrateSplit(integrand, lo, 0.0, below);  // z = 1
    const Parts win = integrateSplit(integrand, 0.0, hi, above);   // z = 0

    const auto index = [](Estimator e) { return static_cast<std::size_t>(e); };
    out.mean[index(Estimator::Relaxed)] = lose[2] + win[2];
    out.variance[index(Estimator::Relaxed)] = std::max(0.0, lose[3] + win[3] - (lose[2] + win[2]) * (lose[2] + win[2]));

    const double a0 = 2.0 * w[0] * (1.0 - t[0]) + 2.0 * w[1] * t[1];   // v_0(e_0) - v_1(e_0)
    const double a1 = -2.0 * w[0] * t[0] - 2.0 * w[1] * (1.0 - t[1]);  // v_0(e_1) - v_1(e_1)
    const double mean = a0 * win[0] + a1 * lose[0];
    const double second = a0 * a0 * win[1] + a1 * a1 * lose[1];
    out.mean[index(Estimator::StraightThrough)] = mean;
    out.variance[index(Estimator::StraightThrough)] = std::max(0.0, second - mean * mean);
    // Gumbel-Rao: E[ST | z] = a_z (integral of s over z's side) / p_z; Var(E[ST | z]) and E[Var(ST | z)].
    const double m0 = p0 > 0.0 ? a0 * win[0] / p0 : 0.0;
    const double m1 = p1 > 0.0 ? a1 * lose[0] / p1 : 0.0;
    const double between = std::max(0.0, p0 * m0 * m0 + p1 * m1 * m1 - mean * mean);
    const double within = std::max(0.0, second - (p0 * m0 * m0 + p1 * m1 * m1));
    out.mean[index(Estimator::GumbelRao)] = mean;
    out.variance[index(Estimator::GumbelRao)] = between + within / static_cast<double>(conditional);
    return out;
}

Result<double> binaryStationaryGap(const Objective& objective, double start, Estimator e, double tau, int conditional) {
    const auto meanAt = [&](double d) -> Result<double> {
        Eigen::VectorXd theta(2);
        theta << d, 0.0;
        const Result<BinaryGradientMoments> m = binaryGradientMoments(theta, objective, tau, conditional);
        if (!m) return Error{m.error()};
        return m->mean[static_cast<std::size_t>(e)];
    };
    Result<double> first = meanAt(start);
    if (!first) return first;
    if (*first == 0.0) return start;
    // SGD moves theta against the gradient; g_1 = -g_0, so D moves by -2 lr g_0: down when g_0 > 0.
    const double direction = *first > 0.0 ? -1.0 : 1.0;
    double a = start, b = start;
    bool found = false;
    for (int step = 1; std::abs(start + direction * 0.5 * step) <= 40.0; ++step) {
        b = start + direction * 0.5 * step;
        const Result<double> g = meanAt(b);
        if (!g) return g;
        if ((*g > 0.0) != (*first > 0.0) || *g == 0.0) {
            found = true;
            break;
        }
        a = b;
    }
    if (!found) return Error{"the mean gradient of " + std::string(estimatorName(e)) + " keeps its sign up to |D| = 40"};
    for (int i = 0; i < 200 && std::abs(b - a) > 1e-9; ++i) {
        const double middle = 0.5 * (a + b);
        const Result<double> g = meanAt(middle);
        if (!g) return g;
        if ((*g > 0.0) == (*first > 0.0) && *g != 0.0) a = middle;
        else b = middle;
    }
    return 0.5 * (a + b);
}

}  // namespace gumbel::theory
