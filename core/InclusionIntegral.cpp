// P(i in S) for the hard m-hot at every size the window allows (docs/math.md, section 3).
//
// With y = log t = -x (x the perturbed value of category i),
//   P(i in S) = integral over y of w_i(y) P(N_{-i}(y) < m) dy,   w_i(y) = p_i e^y exp(-p_i e^y),
// N_{-i}(y) the number of other categories j exceeding x, independent with probability
// q_j = 1 - exp(-p_j e^y) (Poisson-binomial). All categories share the quadrature nodes in y: at one
// node the count distribution of *every* category, truncated at m, is built once (O(k m)), and each
// category is taken out of it in O(m):
//  - q_i <= 1/2: one-Bernoulli deconvolution, forward in the count (error factor q / (1 - q) <= 1);
//  - q_i > 1/2: the forward recursion would amplify rounding by (q / (1 - q))^r, and the backward one
//    needs the counts above m that the truncation dropped; so these few categories (the largest p) are
//    combined from a prefix (everything before them) and a suffix (everything after), products and sums
//    of non-negative numbers only.
// When m is more than half the support, the shorter count is the one of categories staying *below* x
// (truncated at support - m), and P(N_{-i} < m) = 1 - P(that count < support - m): a node then costs
// O(k min(m, support - m)). Equal p values form one group and one integral. The interval is integrated
// by adaptive Gauss-Kronrod (15 points) with every group's integrand evaluated at the same nodes; the
// pieces of a round run on threads and are summed in a fixed order, so the result does not depend on the
// thread count.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "core/GaussKronrod15.h"
#include "core/Limits.h"
#include "core/ParallelFor.h"
#include "core/Theory.h"

namespace gumbel::theory {

namespace {

// Categories with the same p: one integral for all of them. Sorted by p, largest first.
struct Group {
    double p = 0.0;
    int count = 0;
};

std::vector<Group> groupsOf(const Eigen::VectorXd& p) {
    std::vector<double> sorted;
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        if (p[i] > 0.0) sorted.push_back(p[i]);
    }
    std::sort(sorted.begin(), sorted.end(), [](double a, double b) { return a > b; });
    std::vector<Group> groups;
    for (double v : sorted) {
        if (groups.empty() || groups.back().p != v) groups.push_back({v, 0});
        ++groups.back().count;
    }
    return groups;
}

// Scratch of one worker, sized once per call: nothing is allocated per node. `limit` is the truncation
// (m, or support - m when the count of categories staying below is the shorter one).
struct NodeScratch {
    explicit NodeScratch(std::size_t groups, int limit)
        : stay(groups), exceed(groups), event(groups), other(groups), all(static_cast<std::size_t>(limit)),
          work(static_cast<std::size_t>(limit)), suffixCdf((groups + 1) * static_cast<std::size_t>(limit)) {}
    std::vector<double> stay;       // per group: exp(-p t), the chance a category stays below x
    std::vector<double> exceed;     // per group: 1 - exp(-p t)
    std::vector<double> event;      // per position: the counted event's probability (exceed or stay)
    std::vector<double> other;      // per position: 1 - event
    std::vector<double> all;        // P(count = r), r < limit
    std::vector<double> work;
    std::vector<double> suffixCdf;  // rows of `limit`: P(count of the high positions after j <= r)
};

// A count distribution truncated at m: dist[0..m-1], mass only up to `reach`.
// Adds `times` independent Bernoulli(exceed) categories to it.
void addBernoullis(double* dist, int m, int& reach, double stay, double exceed, int times) {
    for (int n = 0; n < times; ++n) {
        reach = std::min(reach + 1, m - 1);
        for (int r = reach; r >= 1; --r) dist[r] = dist[r] * stay + dist[r - 1] * exceed;
        dist[0] *= stay;
    }
}

// P(count without one category of probability `exceed` < m), from the full count `all`, by the forward
// recursion E[r] = (D[r] - q E[r-1]) / (1 - q). Stable for q <= 1/2.
double withoutOneForward(const double* all, int m, double stay, double exceed) {
    double previous = 0.0;
    double sum = 0.0;
    for (int r = 0; r < m; ++r) {
        previous = (all[r] - exceed * previous) / stay;
        sum += previous;
    }
    return sum;
}

// sum over a + b < m of dist[a] P(other <= b): P(dist + other < m) with `cdf` the other's CDF.
double belowM(const double* dist, const double* cdf, int m) {
    double sum = 0.0;
    for (int a = 0; a < m; ++a) sum += dist[a] * cdf[m - 1 - a];
    return sum;
}

// How the count is truncated. Direct: N_{-i} = number of others above x, kept below m, and
// P(N_{-i} < m) read off. Complement (when support - m < m): M_{-i} = number of others below x =
// (support - 1) - N_{-i}, kept below support - m, and P(N_{-i} < m) = 1 - P(M_{-i} < support - m).
struct Truncation {
    int limit = 1;
    bool complement = false;
};

Truncation truncationFor(int m, int support) {
    if (support - m < m) return {support - m, true};
    return {m, false};
}

// P(count of every category but one member of each group < limit), for all groups, at one node.
// Positions run over the groups in decreasing order of the event's probability, so the high ones
// (event > 1/2) come first. `below[j]` receives the value for position j.
void countsBelowLimit(const std::vector<Group>& groups, bool reversed, int limit, NodeScratch& s, double* below) {
    const std::size_t count = groups.size();
    const auto members = [&](std::size_t j) { return groups[reversed ? count - 1 - j : j].count; };
    std::size_t high = 0;
    while (high < count && s.event[high] > 0.5) ++high;
    const auto size = static_cast<std::size_t>(limit);
    // The low positions (event <= 1/2), every member.
    double* all = s.all.data();
    std::fill(s.all.begin(), s.all.end(), 0.0);
    all[0] = 1.0;
    int reach = 0;
    for (std::size_t j = high; j < count; ++j) addBernoullis(all, limit, reach, s.other[j], s.event[j], members(j));
    if (high > 0) {
        // Suffix CDFs of the high positions: row j holds the CDF of the count of positions j+1..high-1.
        double* work = s.work.data();
        std::fill(s.work.begin(), s.work.end(), 0.0);
        work[0] = 1.0;
        int suffixReach = 0;
        for (std::size_t j = high; j-- > 0;) {
            double* row = s.suffixCdf.data() + j * size;
            double cumulative = 0.0;
            for (int r = 0; r < limit; ++r) row[r] = (cumulative += work[r]);
            addBernoullis(work, limit, suffixReach, s.other[j], s.event[j], members(j));
        }
        // Prefix: the low positions, then the high ones before j; one member of j left out.
        for (std::size_t j = 0; j < high; ++j) {
            addBernoullis(all, limit, reach, s.other[j], s.event[j], members(j) - 1);
            below[j] = belowM(all, s.suffixCdf.data() + j * size, limit);
            addBernoullis(all, limit, reach, s.other[j], s.event[j], 1);
        }
    }
    // `all` now holds every category: take one member of each low position out of it.
    for (std::size_t j = high; j < count; ++j) below[j] = withoutOneForward(all, limit, s.other[j], s.event[j]);
}

// The integrand of every group at one node y: out[g] = w_g(y) P(N_{-i}(y) < m) for i in group g, and
// weight[g] = w_g(y).
void integrandAt(double y, const std::vector<Group>& groups, Truncation truncation, NodeScratch& s, double* out,
                 double* weight) {
    const double t = std::exp(y);
    const std::size_t count = groups.size();
    for (std::size_t g = 0; g < count; ++g) {
        const double rate = groups[g].p * t;
        s.stay[g] = std::exp(-rate);
        s.exceed[g] = -std::expm1(-rate);
    }
    // Groups are sorted by p, largest first: exceed decreases along them, stay increases.
    for (std::size_t j = 0; j < count; ++j) {
        const std::size_t g = truncation.complement ? count - 1 - j : j;
        s.event[j] = truncation.complement ? s.stay[g] : s.exceed[g];
        s.other[j] = truncation.complement ? s.exceed[g] : s.stay[g];
    }
    countsBelowLimit(groups, truncation.complement, truncation.limit, s, out);  // by position
    if (truncation.complement) {
        std::reverse(out, out + count);
        for (std::size_t g = 0; g < count; ++g) out[g] = 1.0 - out[g];
    }
    for (std::size_t g = 0; g < count; ++g) {
        const double below = std::clamp(out[g], 0.0, 1.0);
        weight[g] = groups[g].p * t * s.stay[g];  // w_g(y) = p t exp(-p t)
        out[g] = weight[g] * below;
    }
}

// One piece [a, b] of the y axis and its Gauss-Kronrod 15 estimate of every group's integral.
struct Piece {
    double a = 0.0, b = 0.0;
    int depth = 0;
    std::vector<double> kronrod;  // per group
    double error = 0.0;           // sum over categories of the error estimate (QUADPACK's, from K15 - G7)
    double roundoff = 0.0;        // the rounding in the integrand, summed over categories: below it, the piece is done
};

// QUADPACK qk15 on one piece, for every group at once.
void gaussKronrod15(Piece& piece, const std::vector<Group>& groups, Truncation truncation, NodeScratch& s,
                    std::vector<double>& values) {
    using gk15::kGauss;
    using gk15::kKronrod;
    using gk15::kNodes;
    const std::size_t count = groups.size();
    // P(N_{-i} < m) is computed with an absolute error of a few times limit x eps (rounding in the count
    // recursions, which grows linearly with the count): below that, no finer piece helps.
    const double roundoff = 4.0 * truncation.limit * std::numeric_limits<double>::epsilon();
    const double centre = 0.5 * (piece.a + piece.b);
    const double half = 0.5 * (piece.b - piece.a);
    // Node n: 0..6 left of the centre, 7 the centre, 8..14 right (mirror of 6..0).
    for (int n = 0; n < 15; ++n) {
        const double offset = n < 7 ? -kNodes[n] : (n == 7 ? 0.0 : kNodes[14 - n]);
        integrandAt(centre + half * offset, groups, truncation, s, values.data() + static_cast<std::size_t>(n) * count,
                    values.data() + static_cast<std::size_t>(15 + n) * count);
    }
    piece.kronrod.assign(count, 0.0);
    piece.error = 0.0;
    piece.roundoff = 0.0;
    for (std::size_t g = 0; g < count; ++g) {
        const auto at = [&](int n) { return values[static_cast<std::size_t>(n) * count + g]; };
        double kronrod = at(7) * kKronrod[7];
        double gauss = at(7) * kGauss[3];
        double weight = at(15 + 7) * kKronrod[7];  // the integral of w_g over the piece
        for (int i = 0; i < 7; ++i) {
            const double pair = at(i) + at(14 - i);
            kronrod += kKronrod[i] * pair;
            weight += kKronrod[i] * (at(15 + i) + at(15 + 14 - i));
            if (i % 2 == 1) gauss += kGauss[i / 2] * pair;
        }
        // QUADPACK's estimate: |K15 - G7| scaled by the spread of the integrand (resasc), to the power 1.5.
        const double mean = 0.5 * kronrod;
        double spread = kKronrod[7] * std::fabs(at(7) - mean);
        for (int i = 0; i < 7; ++i) spread += kKronrod[i] * (std::fabs(at(i) - mean) + std::fabs(at(14 - i) - mean));
        double error = std::fabs((kronrod - gauss) * half);
        spread *= std::fabs(half);
        if (spread != 0.0 && error != 0.0) error = spread * std::min(1.0, std::pow(200.0 * error / spread, 1.5));
        piece.kronrod[g] = kronrod * half;
        piece.error += groups[g].count * error;
        piece.roundoff += groups[g].count * roundoff * weight * std::fabs(half);
    }
}

bool cancelled(const std::atomic<bool>* cancel) { return cancel != nullptr && cancel->load(std::memory_order_relaxed); }

// Evaluates the pieces on `threads` threads, one scratch per thread; stops between pieces when cancelled.
void evaluatePieces(std::vector<Piece>& pieces, const std::vector<Group>& groups, Truncation truncation, int threads,
                    const std::atomic<bool>* cancel) {
    parallelFor(static_cast<std::int64_t>(pieces.size()), threads, [&](std::int64_t begin, std::int64_t end) {
        NodeScratch scratch(groups.size(), truncation.limit);
        std::vector<double> values(2 * 15 * groups.size());  // 15 nodes of the integrand, then of w
        for (std::int64_t i = begin; i < end && !cancelled(cancel); ++i) {
            gaussKronrod15(pieces[static_cast<std::size_t>(i)], groups, truncation, scratch, values);
        }
    });
}

constexpr double kTolerance = 1e-11;     // on the sum of all k integrals (so on each, too)
constexpr double kLeftMass = 1e-14;      // p_max t at the left end; the rest of the left tail is added exactly
constexpr double kRightRate = 50.0;      // p_min t at the right end: what is left beyond is exp(-50)
constexpr double kInitialPiece = 2.0;    // the integrands change on a scale of 1 in y
constexpr int kMaxDepth = 20;

// The integrals of every group: adaptive, breadth-first so that each round's pieces run in parallel.
Result<std::vector<double>> integrateGroups(const std::vector<Group>& groups, Truncation truncation, int threads,
                                            const std::atomic<bool>* cancel) {
    const double pMax = groups.front().p;
    const double pMin = groups.back().p;
    const double left = std::log(kLeftMass / pMax);
    const double right = std::log(kRightRate / pMin);
    const double width = right - left;
    std::vector<double> totals(groups.size(), 0.0);
    // Left of `left` every other category stays below x up to O(t), so P(N < m) = 1 there:
    // integral of w_g from -inf to left = 1 - exp(-p_g t_left).
    for (std::size_t g = 0; g < groups.size(); ++g) totals[g] = -std::expm1(-groups[g].p * std::exp(left));

    const int initial = std::max(1, static_cast<int>(std::ceil(width / kInitialPiece)));
    std::vector<Piece> round;
    for (int i = 0; i < initial; ++i) {
        Piece piece;
        piece.a = left + width * i / initial;
        piece.b = i + 1 == initial ? right : left + width * (i + 1) / initial;
        round.push_back(std::move(piece));
    }
    while (!round.empty()) {
        evaluatePieces(round, groups, truncation, threads, cancel);
        if (cancelled(cancel)) return Error{"cancelled"};
        std::vector<Piece> next;
        for (Piece& piece : round) {
            const double share = kTolerance * (piece.b - piece.a) / width;
            if (piece.error <= std::max(share, piece.roundoff) || piece.depth >= kMaxDepth) {
                for (std::size_t g = 0; g < groups.size(); ++g) totals[g] += piece.kronrod[g];
                continue;
            }
            const double mid = 0.5 * (piece.a + piece.b);
            next.push_back({piece.a, mid, piece.depth + 1, {}, 0.0, 0.0});
            next.push_back({mid, piece.b, piece.depth + 1, {}, 0.0, 0.0});
        }
        round = std::move(next);
    }
    return totals;
}

}  // namespace

Result<Eigen::VectorXd> inclusionProbabilities(const Distribution& distribution, int m, int threads,
                                               const std::atomic<bool>* cancel) {
    const int support = distribution.supportSize();
    if (m < 1 || m > support) {
        return Error{"m = " + std::to_string(m) + " is out of range: it must be between 1 and the " +
                     std::to_string(support) + " categories with p > 0"};
    }
    const Eigen::VectorXd& p = distribution.probabilities();
    const long long work = static_cast<long long>(p.size()) * m;
    if (work > limits::kMaxInclusionWork) {
        return Error{"exact inclusion probabilities are computed for k x m up to " +
                     std::to_string(limits::kMaxInclusionWork) + " (the window's largest, k = 1000 and m = 1000); k = " +
                     std::to_string(p.size()) + ", m = " + std::to_string(m) + " is beyond that"};
    }
    Eigen::VectorXd result = Eigen::VectorXd::Zero(p.size());
    if (m == support) {  // every category with p > 0 is taken
        for (Eigen::Index i = 0; i < p.size(); ++i) result[i] = p[i] > 0.0 ? 1.0 : 0.0;
        return result;
    }
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const std::vector<Group> groups = groupsOf(p);
    Result<std::vector<double>> integrals = integrateGroups(groups, truncationFor(m, support), std::min(threads, limits::kMaxThreads), cancel);
    if (!integrals) return Error{integrals.error()};
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        if (p[i] == 0.0) continue;  // never exceeds anything: never in S while m <= support
        const auto g = std::lower_bound(groups.begin(), groups.end(), p[i],
                                        [](const Group& group, double v) { return group.p > v; });
        result[i] = std::clamp((*integrals)[static_cast<std::size_t>(g - groups.begin())], 0.0, 1.0);
    }
    return result;
}

}  // namespace gumbel::theory
