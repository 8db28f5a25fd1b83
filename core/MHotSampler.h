#pragma once
// m-hot vectors from m relaxed one-hots without repeated winners (Eq. 5-6):
// V = [C_1..C_m] (k x m), S_i = max_j V_ij. Two methods, same distribution:
//  - Rejection: the source document's rule; draw columns, discard a column
//    whose argmax is already taken. Capped; the cap ends in an error.
//  - Exact: top-down Gumbel construction, one draw per column (spec §2).
#include <Eigen/Core>
#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/Distribution.h"
#include "core/NoiseField.h"
#include "core/OneHotSampler.h"
#include "core/Result.h"

namespace gumbel {

enum class MHotMethod { Exact, Rejection };

// "exact" / "rejection" -> method; anything else is an error naming it.
Result<MHotMethod> parseMHotMethod(const std::string& text);
const char* methodName(MHotMethod method);

struct MHotSample {
    Eigen::MatrixXd v;          // k x m, accepted columns in draw order
    Eigen::VectorXd s;          // k, row-wise max of v
    std::vector<int> order;     // accepted categories (0-based), draw order
    long long draws = 0;        // columns drawn, rejected ones included
    long long rejected() const { return draws - static_cast<long long>(order.size()); }

    // Working space kept between samples, so that drawing one allocates nothing once sizes settle.
    Eigen::MatrixXd noise;
    std::vector<char> taken;       // rejection: categories accepted so far
    std::vector<double> available; // exact: p_i, 0 once category i is taken
    std::vector<std::uint64_t> takenBits;  // exact: bit i set once category i is taken
};

// One drawn column, for showing how S was built: its winner and whether it
// was kept (the rejection rule discards repeats; the exact method never does).
struct DrawRecord {
    long long draw = 0;
    int winner = 0;
    bool accepted = true;
};

// Per-worker buffers and results of MHotSampler::acceptedOrders(): sized on first use, then reused,
// so nothing is allocated per sample.
struct AcceptedBatch {
    int m = 0;
    std::vector<int> orders;       // count rows of m accepted categories, in draw order
    std::vector<long long> draws;  // columns drawn for each sample (m for the exact method)
    const int* order(std::size_t n) const { return orders.data() + n * static_cast<std::size_t>(m); }

    // Scratch.
    Eigen::MatrixXd noise;                 // one noise block
    std::vector<char> taken;               // rejection: categories accepted so far
    std::vector<std::pair<double, int>> candidates;  // Gumbel-top-m: the entries that may be among the m first
};

// The m smallest of e[0..k-1] (+inf allowed), in increasing order, written to order[0..m-1]; m <= k.
// Only entries below `threshold` are ranked when at least m of them are (a pure speed-up: the result
// is the same for any threshold); else all are. O(k + c + m log m) for c entries below the threshold
// (m <= 16: m branch-free passes over the c candidates). Equal values (probability 0) are ordered in
// a fixed way. `candidates` is scratch.
void smallestM(const double* e, int k, int m, double threshold, int* order, std::vector<std::pair<double, int>>& candidates);

struct MHotSettings {
    int m = 1;
    MHotMethod method = MHotMethod::Exact;
    OneHotKind kind = OneHotKind::Relaxed;
    long long maxDraws = 1000000;  // rejection only
};

class MHotSampler {
public:
    static Result<MHotSampler> create(const Distribution& distribution, double tau, const MHotSettings& settings,
                                      std::uint64_t seed);

    // The m-hot sample number `index`. Fails only when the rejection rule hits
    // its cap, or when `cancel` is set during a long rejection run.
    // `trace`, when given, receives every drawn column's winner in order.
    Status sample(std::uint64_t index, MHotSample& out, const std::atomic<bool>* cancel = nullptr,
                  std::vector<DrawRecord>* trace = nullptr) const;

    // Only the accepted categories of samples [first, first + count) (no V, no S), into `out`.
    //  - Exact method: Gumbel-top-m of ONE perturbed vector z = log p + eps per sample (Stream::MHotOrder,
    //    column = sample index): its m largest entries, in decreasing order, have the law of the accepted
    //    order (Plackett-Luce; docs/math.md). They are found as the m smallest of E_i = exp(-z_i) =
    //    -log(u_i) / p_i (the same order; one logarithm per cell instead of two). O(k + m log m) per sample
    //    instead of m columns of k; draws = m.
    //  - Rejection: the source's rule as in sample(), every column drawn in full, exact draw counts.
    // Sample indices must stay below 2^32 (first + count <= 2^32; RepeatedSampler checks it).
    // Fails like sample(): the rejection cap, or `cancel`.
    [[nodiscard]] Status acceptedOrders(std::uint32_t first, std::size_t count, AcceptedBatch& out,
                                        const std::atomic<bool>* cancel = nullptr) const;

    const MHotSettings& settings() const { return settings_; }
    const Distribution& distribution() const { return distribution_; }

private:
    MHotSampler(const Distribution& distribution, double tau, const MHotSettings& settings, std::uint64_t seed);
    // The source's rule for sample `index`: winners into `order`, their z columns into `v` when given.
    Status runRejection(std::uint64_t index, Eigen::MatrixXd& noise, std::vector<char>& taken, std::vector<int>& order,
                        long long& draws, Eigen::MatrixXd* v, const std::atomic<bool>* cancel,
                        std::vector<DrawRecord>* trace) const;
    void sampleExact(std::uint64_t index, MHotSample& out, std::vector<DrawRecord>* trace) const;
    // The exact sampler's winner at `target` of the mass not taken (used while that is at least half the
    // total), from the prefix sums of p; `taken` has bit i set for each category taken.
    Eigen::Index winnerFromPrefix(double target, const std::vector<std::uint64_t>& taken, const double* available) const;

    Distribution distribution_;
    double tau_;
    MHotSettings settings_;
    NoiseField noise_;
    std::vector<double> inverseP_;  // 1 / p_i, +inf for p_i = 0 (a clock that never rings)
    double totalP_ = 0.0;           // sum of p (1 up to rounding)
    std::vector<double> prefixP_;   // 0, p_0, p_0 + p_1, ...: k + 1 running sums in index order
    std::vector<double> boundedInverseP_;  // 1 / p_i, at most 1e250 (the exact sampler's clock ratios)
    std::vector<int> zeroP_;        // categories with log p_i = -inf (C_i exactly 0)
    std::vector<int> tinyP_;        // finite log p_i, p_i < 1e-250: their truncation is computed in log space
    double clockThreshold_;         // E below which about m + 2 sqrt(m) + 1 categories fall on average
};

}  // namespace gumbel
