#include "core/NoiseKernels.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "core/Avx512Math.h"  // inlined log/exp polynomials for the m-hot weights on AVX-512
#include "core/PhiloxSimd.h"  // the SIMD Philox kernels; defines GUMBEL_HAVE_AVX2_PATH where they exist

// Build the hot loops twice, for AVX2 and for baseline x86-64; the loader
// picks one at start-up, so the binary stays portable.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(GUMBEL_NO_CLONES)
#define GUMBEL_HOT __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define GUMBEL_HOT
#endif

namespace gumbel::kernels {

namespace {

// Where the Philox instance number f of a block writes: cells 2*pair and
// 2*pair + 1 of column `column`, with f = column * pairs + pair.
struct LaneWalker {
    std::size_t pairs, cells, pair = 0, column = 0;
    void next() {
        if (++pair == pairs) {
            pair = 0;
            ++column;
        }
    }
    void store(double* out, double first, double second) const {
        const std::size_t at = column * cells + 2 * pair;
        out[at] = first;
        if (2 * pair + 1 < cells) out[at + 1] = second;
    }
};

void uniformBlockScalar(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                        std::size_t total, LaneWalker walk, double* out) {
    for (std::size_t f = 0; f < total; ++f, walk.next()) {
        const PhiloxCounter x = philox4x32_10(
            {static_cast<std::uint32_t>(walk.pair), firstColumn + static_cast<std::uint32_t>(walk.column), word2, word3},
            key);
        walk.store(out, openUniform(x[0], x[1]), openUniform(x[2], x[3]));
    }
}


}  // namespace

namespace {
// The vector unit of this machine, looked up once: the intrinsics paths below choose by it.
enum class Simd { Avx512, Avx2, None };
// GUMBEL_SIMD=avx2 or none in the environment asks for less than the machine has: the tests run the other paths
// with it (tests/CMakeLists.txt), so that an AVX-512 machine also checks what AVX2-only and older ones run.
Simd simd() {
#ifdef GUMBEL_HAVE_AVX2_PATH
    static const Simd level = [] {
        const Simd machine = __builtin_cpu_supports("avx512f") ? Simd::Avx512
                             : __builtin_cpu_supports("avx2") ? Simd::Avx2
                                                               : Simd::None;
        const char* asked = std::getenv("GUMBEL_SIMD");
        if (asked != nullptr && std::strcmp(asked, "none") == 0) return Simd::None;
        if (asked != nullptr && std::strcmp(asked, "avx2") == 0 && machine == Simd::Avx512) return Simd::Avx2;
        return machine;
    }();
    return level;
#else
    return Simd::None;
#endif
}
}  // namespace

namespace {
// The SIMD Philox kernel of this machine, column or lane layout; false when there is none (the caller's scalar
// path then runs).
bool uniformSimd(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn, std::size_t columns,
                 std::size_t cells, bool gumbel, bool lanes, double* out) {
#ifdef GUMBEL_HAVE_AVX2_PATH
    if (simd() == Simd::Avx512) {
        uniformBlockAvx512(key, word2, word3, firstColumn, columns, cells, gumbel, lanes, out);
        return true;
    }
    if (simd() == Simd::Avx2) {
        uniformBlockAvx2(key, word2, word3, firstColumn, columns, cells, gumbel, lanes, out);
        return true;
    }
#endif
    (void)key, (void)word2, (void)word3, (void)firstColumn, (void)columns, (void)cells, (void)gumbel, (void)lanes, (void)out;
    return false;
}
}  // namespace

void uniformBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t columns, std::size_t cells, bool gumbel, double* out) {
    if (uniformSimd(key, word2, word3, firstColumn, columns, cells, gumbel, false, out)) return;
    const std::size_t pairs = (cells + 1) / 2;
    uniformBlockScalar(key, word2, word3, firstColumn, pairs * columns, LaneWalker{pairs, cells}, out);
    if (gumbel) gumbelFromUniform(out, out, columns * cells);
}

void uniformLanes(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t blocks, std::size_t cells, bool gumbel, double* out) {
    const std::size_t columns = blocks * kLanes;
    if (uniformSimd(key, word2, word3, firstColumn, columns, cells, gumbel, true, out)) return;
    for (std::size_t column = 0; column < columns; ++column) {
        double* block = out + (column / kLanes) * cells * kLanes + column % kLanes;
        for (std::size_t pair = 0; 2 * pair < cells; ++pair) {
            const PhiloxCounter x = philox4x32_10(
                {static_cast<std::uint32_t>(pair), firstColumn + static_cast<std::uint32_t>(column), word2, word3},
                key);
            block[2 * pair * kLanes] = openUniform(x[0], x[1]);
            if (2 * pair + 1 < cells) block[(2 * pair + 1) * kLanes] = openUniform(x[2], x[3]);
        }
    }
    if (gumbel) gumbelFromUniform(out, out, columns * cells);
}

// The vector loops below always run on whole packets of kPacket values (the
// tail is padded), so every value goes through the same code path: a cell's
// result does not depend on where it sits in a block, bit for bit.
namespace {
constexpr std::size_t kPacket = 8;
}  // namespace

#define GUMBEL_PACKET_LOOP(IN, OUT, N, PAD, EXPR)                                  \
    do {                                                                          \
        std::size_t i_ = 0;                                                       \
        for (; i_ + kPacket <= (N); i_ += kPacket) {                              \
            double t_[kPacket];                                                   \
            _Pragma("omp simd") for (std::size_t j_ = 0; j_ < kPacket; ++j_) {   \
                const double x = (IN)[i_ + j_];                                   \
                t_[j_] = (EXPR);                                                  \
            }                                                                     \
            for (std::size_t j_ = 0; j_ < kPacket; ++j_) (OUT)[i_ + j_] = t_[j_]; \
        }                                                                         \
        if (i_ < (N)) {                                                           \
            double in_[kPacket];                                                  \
            double t_[kPacket];                                                   \
            for (std::size_t j_ = 0; j_ < kPacket; ++j_) {                        \
                in_[j_] = i_ + j_ < (N) ? (IN)[i_ + j_] : (PAD);                  \
            }                                                                     \
            _Pragma("omp simd") for (std::size_t j_ = 0; j_ < kPacket; ++j_) {   \
                const double x = in_[j_];                                         \
                t_[j_] = (EXPR);                                                  \
            }                                                                     \
            for (std::size_t j_ = 0; i_ + j_ < (N); ++j_) (OUT)[i_ + j_] = t_[j_]; \
        }                                                                         \
    } while (0)

GUMBEL_HOT
void gumbelFromUniform(const double* u, double* eps, std::size_t n) {
    GUMBEL_PACKET_LOOP(u, eps, n, 0.5, -std::log(-std::log(x)));
}

namespace {
GUMBEL_HOT
void exponentialFromUniformVector(const double* u, double* e, std::size_t n) {
    GUMBEL_PACKET_LOOP(u, e, n, 0.5, -std::log(x));
}
}  // namespace

GUMBEL_HOT
void clockRatios(const double* e, const double* inverseP, double scale, double* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) y[i] = e[i] * inverseP[i] * scale;
}

namespace {
// Whole packets into one vector of eight partial sums (GCC vector extension: kept in a register), the tail in
// order into a scalar (a padded vector would be stored and reloaded: a store-forwarding stall).
__attribute__((always_inline)) inline double packedSum(const double* x, std::size_t n) {
    typedef double Packet __attribute__((vector_size(64)));
    Packet partial = {0, 0, 0, 0, 0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + kPacket <= n; i += kPacket) {
        Packet v;
        std::memcpy(&v, x + i, sizeof v);
        partial += v;
    }
    double tail = 0.0;
    for (; i < n; ++i) tail += x[i];
    return (((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))) + tail;
}
}  // namespace

GUMBEL_HOT
double sumOf(const double* x, std::size_t n) { return packedSum(x, n); }

GUMBEL_HOT
void normaliseColumns(double* x, std::size_t rows, std::size_t cols) {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = x + j * rows;
        const double scale = 1.0 / packedSum(column, rows);
        for (std::size_t i = 0; i < rows; ++i) column[i] *= scale;
    }
}

namespace {
// exp(x) for x in [-800, 0], flushed to 0 where it would be subnormal (below 2^-1022 = 2.2e-308: x < -708.39).
// Such an x is never passed to the vector exp, whose out-of-range lanes take a slow scalar path, and no
// subnormal reaches later arithmetic (also slow): at tau = 0.01, 7% of G's cells at k = 1000 were there, and
// the softmax of k x d = 1e7 cells took 210 ms on one core instead of 30. The absolute change is below 2.2e-308.
// Just above that, below -707 where the vector exp's fast path ends, exp(x) = exp(x + 4) e^-4 (within 2 ulps).
// Written with intrinsics around libmvec's calls: with -ffast-math GCC folds a clamp written in C++ into the
// select after the exp, and the vector exp sees the low values again.
constexpr double kExpIsZeroBelow = -708.3964185322641;  // log(2^-1022)
constexpr double kFastExpFloor = -707.0;
constexpr double kExpShift = 4.0;
constexpr double kExpMinusShift = 0.01831563888873418;  // e^-4

double expOrZeroScalar(double x) {
    if (x < kExpIsZeroBelow) return 0.0;
    return x < kFastExpFloor ? std::exp(x + kExpShift) * kExpMinusShift : std::exp(x);
}

#ifdef GUMBEL_HAVE_AVX2_PATH
// GCC 12's own AVX-512 headers trip this warning (a false positive in max_pd), as in the Philox kernel.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
extern "C" __m256d _ZGVdN4v_exp(__m256d);
extern "C" __m512d _ZGVeN8v_exp(__m512d);

__attribute__((target("avx512f"))) __m512d expOrZero(__m512d v) {
    const __mmask8 zero = _mm512_cmp_pd_mask(v, _mm512_set1_pd(kExpIsZeroBelow), _CMP_LT_OQ);
    const __mmask8 low = _mm512_cmp_pd_mask(v, _mm512_set1_pd(kFastExpFloor), _CMP_LT_OQ);
    __m512d t = _mm512_max_pd(v, _mm512_set1_pd(kExpIsZeroBelow));
    t = _mm512_mask_add_pd(t, low, t, _mm512_set1_pd(kExpShift));
    __m512d e = _ZGVeN8v_exp(t);
    e = _mm512_mask_mul_pd(e, low, e, _mm512_set1_pd(kExpMinusShift));
    return _mm512_maskz_mov_pd(static_cast<__mmask8>(~zero), e);
}

__attribute__((target("avx2"))) __m256d expOrZero(__m256d v) {
    const __m256d zero = _mm256_cmp_pd(v, _mm256_set1_pd(kExpIsZeroBelow), _CMP_LT_OQ);
    const __m256d low = _mm256_cmp_pd(v, _mm256_set1_pd(kFastExpFloor), _CMP_LT_OQ);
    __m256d t = _mm256_max_pd(v, _mm256_set1_pd(kExpIsZeroBelow));
    t = _mm256_add_pd(t, _mm256_and_pd(low, _mm256_set1_pd(kExpShift)));
    __m256d e = _ZGVdN4v_exp(t);
    e = _mm256_blendv_pd(e, _mm256_mul_pd(e, _mm256_set1_pd(kExpMinusShift)), low);
    return _mm256_andnot_pd(zero, e);
}

extern "C" __m256d _ZGVdN4v_log1p(__m256d);

// Whole packets of kPacket values, x = expOrZero(EXPONENT(x)); the tail padded with 0 and computed the same way.
#define GUMBEL_EXP_PACKETS(NAME, TARGET, LANES, VD, P, EXPONENT, ...)                  \
    __attribute__((target(TARGET))) void NAME(double* x, std::size_t n __VA_ARGS__) { \
        std::size_t i = 0;                                                             \
        for (; i + kPacket <= n; i += kPacket) {                                        \
            for (std::size_t l = 0; l < kPacket; l += LANES) {                          \
                const VD v = P##_loadu_pd(x + i + l);                                  \
                P##_storeu_pd(x + i + l, expOrZero(EXPONENT));                         \
            }                                                                          \
        }                                                                              \
        if (i < n) {                                                                   \
            double tail[kPacket] = {0, 0, 0, 0, 0, 0, 0, 0};                            \
            for (std::size_t j = 0; i + j < n; ++j) tail[j] = x[i + j];                 \
            for (std::size_t l = 0; l < kPacket; l += LANES) {                          \
                const VD v = P##_loadu_pd(tail + l);                                   \
                P##_storeu_pd(tail + l, expOrZero(EXPONENT));                          \
            }                                                                          \
            for (std::size_t j = 0; i + j < n; ++j) x[i + j] = tail[j];                 \
        }                                                                              \
    }
// exp alone, for blocks with no value below kFastExpFloor (the usual case; see expNonPositive).
#define GUMBEL_PLAIN_EXP(NAME, TARGET, LANES, VD, P, EXP)                               \
    __attribute__((target(TARGET))) void NAME(double* x, std::size_t n) {               \
        std::size_t i = 0;                                                             \
        for (; i + LANES <= n; i += LANES) P##_storeu_pd(x + i, EXP(P##_loadu_pd(x + i))); \
        if (i < n) {                                                                   \
            double tail[LANES] = {};                                                   \
            for (std::size_t j = 0; i + j < n; ++j) tail[j] = x[i + j];                 \
            P##_storeu_pd(tail, EXP(P##_loadu_pd(tail)));                              \
            for (std::size_t j = 0; i + j < n; ++j) x[i + j] = tail[j];                 \
        }                                                                              \
    }
GUMBEL_PLAIN_EXP(plainExpAvx512, "avx512f", 8, __m512d, _mm512, _ZGVeN8v_exp)
GUMBEL_PLAIN_EXP(plainExpAvx2, "avx2", 4, __m256d, _mm256, _ZGVdN4v_exp)
#undef GUMBEL_PLAIN_EXP
GUMBEL_EXP_PACKETS(expNonPositiveAvx512, "avx512f", 8, __m512d, _mm512, v)
GUMBEL_EXP_PACKETS(expNonPositiveAvx2, "avx2", 4, __m256d, _mm256, v)
// -log1p(y) / tau, floored at -800 (on AVX-512 core/Avx512Math.cpp's kernel runs instead)
GUMBEL_EXP_PACKETS(truncatedWeightsAvx2, "avx2", 4, __m256d, _mm256,
                   _mm256_max_pd(_mm256_mul_pd(_ZGVdN4v_log1p(v), _mm256_set1_pd(-invTau)), _mm256_set1_pd(-800.0)),
                   , double invTau)
#undef GUMBEL_EXP_PACKETS
#pragma GCC diagnostic pop
#endif
}  // namespace

void exponentialFromUniform(const double* u, double* e, std::size_t n) {
#ifdef GUMBEL_HAVE_AVX512_MATH
    if (simd() == Simd::Avx512) {
        avx512::exponentialFromUniform(u, e, n);
        return;
    }
#endif
    exponentialFromUniformVector(u, e, n);
}

std::size_t firstAbove(const double* x, std::size_t n, double target) {
#ifdef GUMBEL_HAVE_AVX512_MATH
    if (simd() == Simd::Avx512) return avx512::firstAbove(x, n, target);
#endif
    for (std::size_t i = 0; i < n; ++i) {
        if (x[i] > target) return i;
    }
    return n;
}

void truncatedWeights(double* y, std::size_t n, double invTau) {
#ifdef GUMBEL_HAVE_AVX512_MATH
    if (simd() == Simd::Avx512) {
        avx512::truncatedWeights(y, n, invTau);
        return;
    }
#endif
#ifdef GUMBEL_HAVE_AVX2_PATH
    if (simd() == Simd::Avx2) {
        truncatedWeightsAvx2(y, n, invTau);
        return;
    }
#endif
    for (std::size_t i = 0; i < n; ++i) y[i] = expOrZeroScalar(std::max(-std::log1p(y[i]) * invTau, -800.0));
}

namespace {
// min of x[0..n-1] (+inf for n = 0), in whole packets of a vector register (GCC vector extension).
GUMBEL_HOT
double smallest(const double* x, std::size_t n) {
    typedef double Packet __attribute__((vector_size(64)));
    const double inf = std::numeric_limits<double>::max();
    Packet low = {inf, inf, inf, inf, inf, inf, inf, inf};
    std::size_t i = 0;
    for (; i + kPacket <= n; i += kPacket) {
        Packet v;
        std::memcpy(&v, x + i, sizeof v);
        low = v < low ? v : low;
    }
    double result = inf;
    for (std::size_t l = 0; l < kPacket; ++l) result = low[l] < result ? low[l] : result;
    for (; i < n; ++i) result = x[i] < result ? x[i] : result;
    return result;
}
}  // namespace

void expNonPositive(double* x, std::size_t n) {
    // One pass for the smallest value first: without values below the vector exp's fast range (the usual
    // block) the plain exp runs; per-lane masks on every packet cost 5-15% of G's whole computation at k = 10.
    const bool plain = smallest(x, n) >= kFastExpFloor;
#ifdef GUMBEL_HAVE_AVX2_PATH
    const bool avx512 = simd() == Simd::Avx512;
    const bool avx2 = simd() == Simd::Avx2;
    if (avx512) {
        if (plain) plainExpAvx512(x, n);
        else expNonPositiveAvx512(x, n);
        return;
    }
    if (avx2) {
        if (plain) plainExpAvx2(x, n);
        else expNonPositiveAvx2(x, n);
        return;
    }
#endif
    for (std::size_t i = 0; i < n; ++i) x[i] = plain ? std::exp(x[i]) : expOrZeroScalar(x[i]);
}

GUMBEL_HOT
void truncateAt(double* g, std::size_t n, double top) {
    // -log(exp(-top) + exp(-g)) = min(top, g) - log1p(exp(-|g - top|))
    GUMBEL_PACKET_LOOP(g, g, n, top, (x < top ? x : top) - std::log1p(std::exp(-std::fabs(x - top))));
}

GUMBEL_HOT
void truncatedGaps(double* g, std::size_t n, double top) {
    // softplus(a) = max(a, 0) + log1p(exp(-|a|)), a = top - x
    GUMBEL_PACKET_LOOP(g, g, n, top,
                       -(((top - x) > 0.0 ? (top - x) : 0.0) + std::log1p(std::exp(-std::fabs(top - x)))));
}

namespace {

// Short columns (k < 16): plain loops. Vectorising ten-element loops costs
// more in prologues and epilogues than it saves.
// z + offset, then (z - max) / tau floored at -800 (exp gives exactly 0 there), per column.
// Inlined into the two wrappers below, which differ only in how they are compiled.
__attribute__((always_inline)) inline void gaps(double* z, const double* offset, std::size_t rows, std::size_t cols,
                                                double invTau, double floorGap) {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = z + j * rows;
        if (offset != nullptr) {
            for (std::size_t i = 0; i < rows; ++i) column[i] += offset[i];
        }
        double top = column[0];
        for (std::size_t i = 1; i < rows; ++i) top = column[i] > top ? column[i] : top;
        for (std::size_t i = 0; i < rows; ++i) {
            const double gap = column[i] - top;
            column[i] = (gap > floorGap ? gap : floorGap) * invTau;
        }
    }
}

__attribute__((optimize("no-tree-vectorize"))) void gapsShort(double* z, const double* offset, std::size_t rows,
                                                             std::size_t cols, double invTau, double floorGap) {
    gaps(z, offset, rows, cols, invTau, floorGap);
}

__attribute__((optimize("no-tree-vectorize"))) void normaliseShort(double* z, std::size_t rows, std::size_t cols) {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = z + j * rows;
        double sum = 0.0;
        for (std::size_t i = 0; i < rows; ++i) sum += column[i];
        const double scale = 1.0 / sum;  // the max term is exactly 1, so sum >= 1
        for (std::size_t i = 0; i < rows; ++i) column[i] *= scale;
    }
}

GUMBEL_HOT
void gapsLong(double* z, const double* offset, std::size_t rows, std::size_t cols, double invTau, double floorGap) {
    gaps(z, offset, rows, cols, invTau, floorGap);
}

GUMBEL_HOT
void normaliseLong(double* z, std::size_t rows, std::size_t cols) {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = z + j * rows;
        // Eight partial sums over i mod 8, combined in a fixed order.
        double partial[kPacket] = {0, 0, 0, 0, 0, 0, 0, 0};
        std::size_t i = 0;
        for (; i + kPacket <= rows; i += kPacket) {
            for (std::size_t l = 0; l < kPacket; ++l) partial[l] += column[i + l];
        }
        for (std::size_t l = 0; i + l < rows; ++l) partial[l] += column[i + l];
        const double sum = ((partial[0] + partial[1]) + (partial[2] + partial[3])) +
                           ((partial[4] + partial[5]) + (partial[6] + partial[7]));
        const double scale = 1.0 / sum;
        for (std::size_t r = 0; r < rows; ++r) column[r] *= scale;
    }
}

}  // namespace

void softmaxColumns(double* z, const double* offset, std::size_t rows, std::size_t cols, double tau) {
    const double invTau = 1.0 / tau;
    const double floorGap = -800.0 * tau;  // (z - top) below this gives exp(<= -800) == 0
    constexpr std::size_t kShort = 16;
    if (rows < kShort) {
        gapsShort(z, offset, rows, cols, invTau, floorGap);
        expNonPositive(z, rows * cols);
        normaliseShort(z, rows, cols);
    } else {
        gapsLong(z, offset, rows, cols, invTau, floorGap);
        expNonPositive(z, rows * cols);
        normaliseLong(z, rows, cols);
    }
}

}  // namespace gumbel::kernels
