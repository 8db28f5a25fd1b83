// The estimators after the first five: RLOO, ReinMax, gapped and decoupled straight-through
// (docs/gradients.md, Section 9). Each estimate is a function of sample n's winner z (and, for RLOO and
// decoupled-st, of noise drawn for sample n), so the rules of the other five hold: common random numbers,
// any thread count, the same numbers. Decoupled-st is not here: it is relaxed's lane arithmetic on two softmaxes
// of the sample's own eps (GradientEstimators::estimateInto, lanes::decoupledBlock in core/GradientLanes.cpp).
#include <algorithm>
#include <cmath>

#include "core/GradientEstimators.h"
#include "core/JacobianProduct.h"

namespace gumbel {

namespace {

// Index of the largest of c[0 .. k).
Eigen::Index largest(const double* c, Eigen::Index k) {
    return static_cast<Eigen::Index>(std::max_element(c, c + k) - c);
}

}  // namespace

void GradientEstimators::leaveOneOut(std::uint64_t n, Eigen::Index z, GradientScratch& scratch, double* out) const {
    // Draw 0 is the sample's own z (the noise the other estimators see); draws 1 .. B-1 are drawn by inverse CDF,
    // each from one uniform u of Stream::GradientLeaveOneOut (sample n, column b - 1, cell 0): the first j with
    // u < P_j, P the cumulative p (leaveOneOutCdf_). With a_b = f(e_{z_b}) - (mean f of the other draws)
    // = (B f_b - S) / (B - 1), the estimate (1/B) sum_b a_b (e_{z_b} - p) is (1/B) sum_b a_b e_{z_b}: the a_b
    // sum to zero, so the p term vanishes (and 1 - p_z is never formed).
    const Eigen::Index k = size();
    const int draws = settings_.leaveOneOutDraws;
    scratch.draws.resize(draws - 1);
    double* further = scratch.draws.data();  // the winners, as doubles (exact for k <= 2^53)
    const double* cdf = leaveOneOutCdf_.data();
    double total = vertexValues_[z];
    for (int b = 0; b + 1 < draws; ++b) {
        // One Philox block per draw (NoiseField::uniforms' vector kernel costs more to set up than a few blocks).
        const double u = noise_.uniform(Stream::GradientLeaveOneOut, n, static_cast<std::uint32_t>(b), 0);
        // The first j with u < P_j, branch-free: the number of j with P_j <= u (P is nondecreasing).
        const double* first = cdf;
        Eigen::Index length = k;
        while (length > 1) {
            const Eigen::Index half = length / 2;
            first += half & -static_cast<Eigen::Index>(first[half - 1] <= u);  // no branch to mispredict
            length -= half;
        }
        const Eigen::Index winner = (first - cdf) + static_cast<Eigen::Index>(*first <= u);
        further[b] = static_cast<double>(winner);
        total += vertexValues_[winner];
    }
    const double scale = 1.0 / (static_cast<double>(draws) * static_cast<double>(draws - 1));
    const auto advantage = [&](Eigen::Index winner) {
        return (static_cast<double>(draws) * vertexValues_[winner] - total) * scale;
    };
    for (Eigen::Index j = 0; j < k; ++j) out[j] = 0.0;
    out[z] += advantage(z);
    for (int b = 0; b + 1 < draws; ++b) {
        const auto winner = static_cast<Eigen::Index>(further[b]);
        out[winner] += advantage(winner);
    }
}

void GradientEstimators::reinMax(Eigen::Index z, GradientScratch& scratch, double* out) const {
    // 2 J(pi1) g - 1/2 J(p) g with pi1 = (softmax(log p / tau) + e_z) / 2, J(q) = diag q - q q^T (no 1/tau),
    // g = grad f(e_z) (scratch.v). The forward point softmax(log p / tau) carries no noise: z alone decides.
    const Eigen::Index k = size();
    scratch.forward.resize(k);
    double* pi1 = scratch.forward.data();
    const double* tempered = temperedP_.data();
    for (Eigen::Index j = 0; j < k; ++j) pi1[j] = 0.5 * tempered[j];
    pi1[z] += 0.5;
    const double* g = scratch.v.data();
    detail::jacobianProduct<false>(pi1, g, k, largest(pi1, k), 2.0, out);
    const double* p = distribution_.probabilities().data();
    detail::jacobianProduct<true>(p, g, k, largest(p, k), -0.5, out);
}

void GradientEstimators::gappedStraightThrough(Eigen::Index z, GradientScratch& scratch, double* out) const {
    // theta' = log p with z raised to the largest log p and every other category held at least kappa below it;
    // C = softmax(theta' / tau) (z its strict argmax); J(C) grad f(e_z) / tau. No Gumbel draw: z alone decides.
    // theta'_z is the maximum, so C's unnormalised terms are 1 at z and, elsewhere, exp((min(log p_j, max - kappa)
    // - max) / tau), which does not depend on the sample (gappedExp_, computed once): the softmax of before, bit
    // for bit, without its k exps.
    const Eigen::Index k = size();
    scratch.forward.resize(k);
    double* c = scratch.forward.data();
    const double* terms = gappedExp_.data();
    double sum = 0.0;
    for (Eigen::Index j = 0; j < k; ++j) {
        c[j] = j == z ? 1.0 : terms[j];
        sum += c[j];
    }
    const double inverse = 1.0 / sum;
    for (Eigen::Index j = 0; j < k; ++j) c[j] *= inverse;
    detail::jacobianProduct<false>(c, scratch.v.data(), k, z, 1.0 / settings_.tau, out);
}

}  // namespace gumbel
