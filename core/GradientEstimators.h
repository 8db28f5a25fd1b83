#pragma once
// The gradient lab's engine: per-sample gradient estimators of
//   L(theta) = E_{z ~ Cat(softmax(theta))} f(e_z),  f(x) = sum_i w_i (x_i - t_i)^2,
// with respect to the logits theta, and the exact gradient they estimate.
// See docs/gradients.md for the mathematics and the closed forms the tests use.
//
// Sample n draws eps from the counter-based noise (Stream::Gradient, column n),
// so it is a pure function of (seed, n): any thread count, any order, same
// numbers. All five estimators of one sample use the same eps (common random
// numbers); Gumbel-Rao's conditional Gumbels come from their own stream
// (Stream::GradientConditional, sample n, column r).
#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/Distribution.h"
#include "core/NoiseField.h"
#include "core/Result.h"

namespace gumbel {

enum class Estimator : int {
    Reinforce = 0,
    ReinforceMean = 1,
    Relaxed = 2,
    StraightThrough = 3,
    GumbelRao = 4,
    Rloo = 5,                   // REINFORCE, leave-one-out baseline over B draws (Kool et al. 2019)
    ReinMax = 6,                // second-order straight-through (Liu et al. 2023)
    GappedStraightThrough = 7,  // deterministic gapped perturbation, no Gumbel draw (Fan et al. 2022)
    DecoupledStraightThrough = 8,  // forward at tau, backward at tau_b
};
inline constexpr int kEstimatorCount = 9;
inline constexpr int kLabEstimatorCount = 5;  // the first five: the lab's default, with binary closed forms

// All of them, in the order above.
const std::array<Estimator, kEstimatorCount>& allEstimators();
// The first five: what the window's lab shows at first, and those core/BinaryGradientTheory has closed forms for.
const std::array<Estimator, kLabEstimatorCount>& labEstimators();
// "reinforce", "reinforce-mean", "relaxed", "straight-through", "gumbel-rao", "rloo", "reinmax", "gapped-st",
// "decoupled-st".
std::string_view estimatorName(Estimator estimator);
[[nodiscard]] Result<Estimator> parseEstimator(std::string_view name);

// A set of estimators, as a bit mask over Estimator values.
class EstimatorSet {
public:
    EstimatorSet() = default;
    static EstimatorSet all() { return EstimatorSet((1u << kEstimatorCount) - 1); }
    static EstimatorSet only(Estimator e) { return EstimatorSet(bit(e)); }
    EstimatorSet& add(Estimator e) { bits_ |= bit(e); return *this; }
    bool contains(Estimator e) const { return (bits_ & bit(e)) != 0; }
    bool empty() const { return bits_ == 0; }

private:
    explicit EstimatorSet(unsigned bits) : bits_(bits) {}
    static unsigned bit(Estimator e) { return 1u << static_cast<int>(e); }
    unsigned bits_ = 0;
};

// Limits of the gradient lab (checked, named in messages).
inline constexpr double kMinGradientTau = 1e-4;
inline constexpr double kMaxGradientTau = 1e3;
inline constexpr int kMaxConditionalSamples = 10000;             // K for Gumbel-Rao
inline constexpr double kMaxObjectiveMagnitude = 1e30;           // |t_i|, |w_i|: keeps every sum finite
inline constexpr long long kMaxConditionalCells = 1LL << 24;     // k x K (and k x B) held per worker
inline constexpr int kMinLeaveOneOutDraws = 2;                   // B for RLOO
inline constexpr int kMaxLeaveOneOutDraws = 10000;
inline constexpr double kMaxGap = 100.0;                         // kappa for gapped straight-through

// f(x) = sum_i w_i (x_i - t_i)^2 on the simplex.
class Objective {
public:
    // Finite target t; weights w finite (w = 1 when empty); |t_i|, |w_i| <= 1e30.
    [[nodiscard]] static Result<Objective> create(const Eigen::Ref<const Eigen::VectorXd>& target,
                                                  const Eigen::Ref<const Eigen::VectorXd>& weights);
    [[nodiscard]] static Result<Objective> create(const Eigen::Ref<const Eigen::VectorXd>& target);

    int size() const { return static_cast<int>(target_.size()); }
    const Eigen::VectorXd& target() const { return target_; }
    const Eigen::VectorXd& weights() const { return weights_; }

    // f(x) for x of size k.
    double value(const Eigen::Ref<const Eigen::VectorXd>& x) const;
    // f(e_j) for every vertex j.
    Eigen::VectorXd vertexValues() const;

private:
    Objective(Eigen::VectorXd target, Eigen::VectorXd weights);
    Eigen::VectorXd target_;
    Eigen::VectorXd weights_;
};

// L(theta) = sum_j p_j f(e_j) and its exact gradient g*_j = p_j (f(e_j) - L).
// theta: logits, finite or -inf (p = 0), not all -inf; sizes must match.
struct ExactGradient {
    double objective = 0.0;
    Eigen::VectorXd gradient;
};
[[nodiscard]] Result<ExactGradient> exactGradient(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                  const Objective& objective);

// out = J(C) v with J(C) = (diag(C) - C C^T) / tau, without forming J:
//   out_j = C_j ((v_j - v_m) + sum_i C_i (v_m - v_i)) / tau,
// m the largest C (any index is exact algebra; the largest avoids forming
// v_m - C.v as a difference of nearly equal rounded numbers at small tau).
void softmaxJacobianProduct(const Eigen::Ref<const Eigen::VectorXd>& c, const Eigen::Ref<const Eigen::VectorXd>& v,
                            Eigen::Index m, double tau, Eigen::Ref<Eigen::VectorXd> out);

struct GradientSettings {
    double tau = 1.0;                  // 1e-4 .. 1e3 (decoupled-st: the forward temperature tau_f)
    int conditionalSamples = 10;       // K for Gumbel-Rao, 1 .. 10000
    std::uint64_t seed = 0;
    int leaveOneOutDraws = 4;          // B for RLOO, 2 .. 10000
    double gap = 1.0;                  // kappa for gapped-st, 0 < kappa <= 100
    double backwardTau = 1.0;          // tau_b for decoupled-st, 1e-4 .. 1e3
};

// Per-worker buffers: allocated on the first block, reused afterwards.
struct GradientScratch {
    Eigen::MatrixXd c;                 // (k x 8) x ceil(block / 8): eps, then C, 8 samples a column (lane layout)
    std::vector<std::ptrdiff_t> winners; // z of each sample of the block (padded to a multiple of 8)
    Eigen::MatrixXd backwardC;         // like c: decoupled-st's backward points softmax((log p + eps) / tau_b)
    std::vector<std::ptrdiff_t> backwardWinners; // their argmax (the same z; written, not read)
    Eigen::MatrixXd conditional;       // k x K: gaps, then C^(r)
    Eigen::VectorXd tops;              // K values of G_z
    Eigen::VectorXd v;                 // grad f at the forward point
    Eigen::VectorXd draws;             // B - 1: RLOO's further draws' winners
    Eigen::VectorXd forward;           // k: gapped-st's and ReinMax's softmax
};

class GradientEstimators {
public:
    [[nodiscard]] static Result<GradientEstimators> create(const Eigen::Ref<const Eigen::VectorXd>& theta,
                                                           const Objective& objective, const GradientSettings& settings);

    int size() const { return distribution_.size(); }
    const Distribution& distribution() const { return distribution_; }
    const GradientSettings& settings() const { return settings_; }
    const Objective& objective() const { return objective_; }
    const ExactGradient& exact() const { return exact_; }

    // Estimates of samples [first, first + count) for every estimator in `which`:
    // out[e] becomes k x count, column s = sample first + s. first + count <= 2^32.
    // No allocation once the scratch and outputs have reached this size.
    void estimateBlock(std::uint64_t first, Eigen::Index count, EstimatorSet which, GradientScratch& scratch,
                       std::array<Eigen::MatrixXd, kEstimatorCount>& out) const;

    // One estimator's estimates of samples [first, first + out.cols()) straight into `out`
    // (k rows, contiguous columns, e.g. a middleCols block of a k x N matrix).
    [[nodiscard]] Status estimateBlock(std::uint64_t first, Estimator estimator, GradientScratch& scratch,
                                       Eigen::Ref<Eigen::MatrixXd> out) const;

    // One estimate of sample n (allocates; for tests and single values).
    Eigen::VectorXd estimate(std::uint64_t n, Estimator estimator) const;

    // z = argmax(theta + eps) of sample n.
    Eigen::Index winner(std::uint64_t n) const;

    // Gumbel-Rao's K conditional Gumbel vectors of sample n given argmax z, top-down:
    //   G_z = logsumexp(theta) - log E_z,  G_j = -log(E_j exp(-theta_j) + E_z / sum_i exp(theta_i)),
    // written as gaps[j, r] = G_j - G_z <= 0 (gaps[z, r] = 0) and tops[r] = G_z. Gaps are computed
    // directly, so they stay exact for categories far likelier than z.
    void conditionalGumbels(std::uint64_t n, Eigen::Index z, Eigen::Ref<Eigen::MatrixXd> gaps,
                            Eigen::Ref<Eigen::VectorXd> tops) const;

private:
    GradientEstimators(Distribution distribution, Objective objective, GradientSettings settings, ExactGradient exact);
    void estimateInto(std::uint64_t first, Eigen::Index count, EstimatorSet which, GradientScratch& scratch,
                      const std::array<double*, kEstimatorCount>& out) const;
    void sampleNoise(std::uint64_t first, Eigen::Index count, GradientScratch& scratch,
                     bool backwardToo = false) const;
    void scoreFunction(Eigen::Index z, double baseline, double* out) const;
    void straightThroughDirection(Eigen::Index z, double* v) const;
    void gumbelRao(std::uint64_t n, Eigen::Index z, GradientScratch& scratch, double* out) const;
    // The later estimators (core/EstimatorRoster.cpp); z is sample n's winner, scratch.v = grad f(e_z).
    void leaveOneOut(std::uint64_t n, Eigen::Index z, GradientScratch& scratch, double* out) const;
    void reinMax(Eigen::Index z, GradientScratch& scratch, double* out) const;
    void gappedStraightThrough(Eigen::Index z, GradientScratch& scratch, double* out) const;

    Distribution distribution_;
    Objective objective_;
    GradientSettings settings_;
    ExactGradient exact_;
    NoiseField noise_;
    Eigen::VectorXd vertexValues_;   // f(e_j)
    Eigen::VectorXd baseDirection_;  // -2 w t: grad f(x) = 2 w x + baseDirection_
    Eigen::VectorXd twiceWeights_;   // 2 w
    Eigen::VectorXd oneMinusP_;      // 1 - p_j = -expm1(log p_j)
    double logNormaliser_ = 0.0;     // logsumexp of the finite log p (0 up to rounding)
    Eigen::VectorXd temperedP_;      // softmax(log p / tau), ReinMax's noiseless forward point
    Eigen::VectorXd leaveOneOutCdf_; // p_0 + ... + p_j, +inf from the last p_j > 0 on: RLOO's inverse CDF
    Eigen::VectorXd gappedExp_;      // exp((min(log p_j, max log p - kappa) - max log p) / tau): gapped-st's terms
};

}  // namespace gumbel
