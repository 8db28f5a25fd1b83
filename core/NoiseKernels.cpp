#include "core/NoiseKernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

// The SIMD Philox path is written for GCC (libmvec calls on vector registers);
// other compilers (clang, for the fuzzers) use the portable scalar path.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#include <immintrin.h>
#define GUMBEL_HAVE_AVX2_PATH 1
#endif

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

#ifdef GUMBEL_HAVE_AVX2_PATH
// GCC 12's own AVX-512 headers trip this warning (a false positive in set1).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// Philox4x32-10 on SIMD registers. Lanes are LANES consecutive columns with
// the same cell pair (or, for fewer columns than lanes, LANES consecutive
// pairs of one column); kGroups such groups run interleaved to hide the
// multiply latency. Each 32-bit word sits in the low half of a 64-bit lane,
// so mul_epu32 gives the full 64-bit products. The double conversion ORs 52
// bits into the mantissa of 1.0: (1 + x 2^-52) - 1 + 2^-53 equals
// (x + 0.5) 2^-52 exactly, bit for bit the scalar openUniform.
constexpr int kGroups = 4;

// out[2 l] = a[l], out[2 l + 1] = b[l]: the two cells of LANES consecutive pairs, when they are contiguous.
__attribute__((target("avx512f"), always_inline)) inline void storeInterleaved(double* out, __m512d a, __m512d b) {
    const __m512i low = _mm512_set_epi64(11, 3, 10, 2, 9, 1, 8, 0);
    const __m512i high = _mm512_set_epi64(15, 7, 14, 6, 13, 5, 12, 4);
    _mm512_storeu_pd(out, _mm512_permutex2var_pd(a, low, b));
    _mm512_storeu_pd(out + 8, _mm512_permutex2var_pd(a, high, b));
}
__attribute__((target("avx2"), always_inline)) inline void storeInterleaved(double* out, __m256d a, __m256d b) {
    const __m256d low = _mm256_unpacklo_pd(a, b), high = _mm256_unpackhi_pd(a, b);  // a0 b0 a2 b2, a1 b1 a3 b3
    _mm256_storeu_pd(out, _mm256_permute2f128_pd(low, high, 0x20));
    _mm256_storeu_pd(out + 4, _mm256_permute2f128_pd(low, high, 0x31));
}

#define GUMBEL_PHILOX_SIMD(NAME, TARGET, LANES, VI, VD, P, SI, SET1, LOG)                                       \
    __attribute__((target(TARGET))) void NAME(PhiloxKey key, std::uint32_t word2, std::uint32_t word3,            \
                                              std::uint32_t firstColumn, std::size_t columns, std::size_t cells, \
                                              bool gumbel, bool lanes, double* out) {                            \
        const VD zero = P##_setzero_pd();                                                                       \
        const std::size_t pairs = (cells + 1) / 2;                                                              \
        /* Lanes run across columns (same pair), or, when there are fewer columns than lanes, over the */       \
        /* (column, pair) cells in storage order. In lane layout lanes always run across columns. */            \
        const bool acrossPairs = !lanes && columns < LANES;                                                     \
        const std::size_t groups = acrossPairs ? (columns * pairs + LANES - 1) / LANES                          \
                                               : pairs * ((columns + LANES - 1) / LANES);                       \
        const VI m0 = SET1(0xD2511F53), m1 = SET1(0xCD9E8D57), low32 = SET1(0xFFFFFFFF);                        \
        const VI oneBits = SET1(0x3FF0000000000000LL);                                                          \
        const VD oneD = P##_set1_pd(1.0), halfUlp = P##_set1_pd(0x1.0p-53);                                    \
        alignas(64) std::int64_t iota[LANES];                                                                   \
        for (int l = 0; l < LANES; ++l) iota[l] = l;                                                            \
        const VI lane = P##_load_##SI(reinterpret_cast<const VI*>(iota));                                       \
        std::size_t pairAt = 0, columnAt = 0; /* the next cell pair to give a lane */                           \
        for (std::size_t g0 = 0; g0 < groups; g0 += kGroups) {                                                  \
            VI c0[kGroups], c1[kGroups], c2[kGroups], c3[kGroups];                                              \
            std::size_t groupPair[kGroups], groupColumn[kGroups];                                               \
            alignas(64) std::int64_t lanePair[kGroups][LANES], laneColumn[kGroups][LANES];                      \
            for (int g = 0; g < kGroups; ++g) {                                                                 \
                groupPair[g] = pairAt;                                                                          \
                groupColumn[g] = columnAt;                                                                      \
                if (acrossPairs) {                                                                              \
                    for (int l = 0; l < LANES; ++l) {                                                           \
                        lanePair[g][l] = static_cast<std::int64_t>(pairAt);                                     \
                        laneColumn[g][l] = static_cast<std::int64_t>(columnAt);                                 \
                        if (++pairAt == pairs) {                                                                \
                            pairAt = 0;                                                                         \
                            ++columnAt;                                                                         \
                        }                                                                                       \
                    }                                                                                           \
                    c0[g] = P##_load_##SI(reinterpret_cast<const VI*>(lanePair[g]));                            \
                    c1[g] = P##_add_epi64(P##_load_##SI(reinterpret_cast<const VI*>(laneColumn[g])),            \
                                          SET1(static_cast<std::int64_t>(firstColumn)));                        \
                } else {                                                                                        \
                    c0[g] = SET1(static_cast<std::int64_t>(pairAt));                                            \
                    c1[g] = P##_add_epi64(SET1(static_cast<std::int64_t>(firstColumn + columnAt)), lane);       \
                    if (++pairAt == pairs) {                                                                    \
                        pairAt = 0;                                                                             \
                        columnAt += LANES;                                                                      \
                    }                                                                                           \
                }                                                                                               \
                c2[g] = SET1(static_cast<std::int64_t>(word2));                                                 \
                c3[g] = SET1(static_cast<std::int64_t>(word3));                                                 \
            }                                                                                                   \
            std::uint32_t k0 = key[0], k1 = key[1];                                                             \
            for (int round = 0; round < 10; ++round) {                                                          \
                const VI key0 = SET1(k0), key1 = SET1(k1);                                                      \
                for (int g = 0; g < kGroups; ++g) {                                                             \
                    const VI p0 = P##_mul_epu32(c0[g], m0);                                                     \
                    const VI p1 = P##_mul_epu32(c2[g], m1);                                                     \
                    c0[g] = P##_xor_##SI(P##_xor_##SI(P##_srli_epi64(p1, 32), c1[g]), key0);                   \
                    c2[g] = P##_xor_##SI(P##_xor_##SI(P##_srli_epi64(p0, 32), c3[g]), key1);                   \
                    c1[g] = P##_and_##SI(p1, low32);                                                            \
                    c3[g] = P##_and_##SI(p0, low32);                                                            \
                }                                                                                               \
                k0 += 0x9E3779B9u;                                                                              \
                k1 += 0xBB67AE85u;                                                                              \
            }                                                                                                   \
            for (int g = 0; g < kGroups && g0 + static_cast<std::size_t>(g) < groups; ++g) {                    \
                alignas(64) double first[LANES], second[LANES];                                                 \
                const VI b0 = P##_srli_epi64(P##_or_##SI(P##_slli_epi64(c0[g], 32), c1[g]), 12);                \
                const VI b1 = P##_srli_epi64(P##_or_##SI(P##_slli_epi64(c2[g], 32), c3[g]), 12);                \
                VD u0 = P##_add_pd(P##_sub_pd(P##_castsi##LANES##00_pd(P##_or_##SI(b0, oneBits)), oneD), halfUlp); \
                VD u1 = P##_add_pd(P##_sub_pd(P##_castsi##LANES##00_pd(P##_or_##SI(b1, oneBits)), oneD), halfUlp); \
                if (gumbel) { /* eps = -log(-log u), in registers */                                            \
                    u0 = P##_sub_pd(zero, LOG(P##_sub_pd(zero, LOG(u0))));                                      \
                    u1 = P##_sub_pd(zero, LOG(P##_sub_pd(zero, LOG(u1))));                                      \
                }                                                                                               \
                if (lanes) { /* cells 2 pair and 2 pair + 1 of LANES consecutive columns: contiguous runs */    \
                    const std::size_t column = groupColumn[g], pair = groupPair[g];                             \
                    double* at = out + (column / kLanes) * cells * kLanes + column % kLanes + 2 * pair * kLanes; \
                    P##_storeu_pd(at, u0);                                                                      \
                    if (2 * pair + 1 < cells) P##_storeu_pd(at + kLanes, u1);                                   \
                    continue;                                                                                   \
                }                                                                                               \
                if (acrossPairs && cells % 2 == 0 && (g0 + g + 1) * LANES <= columns * pairs) {                 \
                    /* whole pairs in storage order: cell 2 f and 2 f + 1 for the flat pair index f */         \
                    storeInterleaved(out + 2 * (g0 + g) * LANES, u0, u1);                                       \
                    continue;                                                                                   \
                }                                                                                               \
                P##_store_pd(first, u0);                                                                        \
                P##_store_pd(second, u1);                                                                       \
                for (int l = 0; l < LANES; ++l) {                                                               \
                    const std::size_t column = acrossPairs ? static_cast<std::size_t>(laneColumn[g][l])         \
                                                           : groupColumn[g] + static_cast<std::size_t>(l);      \
                    const std::size_t pair = acrossPairs ? static_cast<std::size_t>(lanePair[g][l]) : groupPair[g]; \
                    if (column >= columns) break;                                                               \
                    double* at = out + column * cells + 2 * pair;                                               \
                    at[0] = first[l];                                                                           \
                    if (2 * pair + 1 < cells) at[1] = second[l];                                                \
                }                                                                                               \
            }                                                                                                   \
        }                                                                                                       \
    }

// _mm256_castsi25600_pd does not exist: name the casts the macro builds.
#define _mm256_castsi400_pd _mm256_castsi256_pd
#define _mm512_castsi800_pd _mm512_castsi512_pd
// glibc's vector log (libmvec), the same functions GCC calls for vectorised loops.
extern "C" __m256d _ZGVdN4v_log(__m256d);
extern "C" __m512d _ZGVeN8v_log(__m512d);
GUMBEL_PHILOX_SIMD(uniformBlockAvx2, "avx2", 4, __m256i, __m256d, _mm256, si256, _mm256_set1_epi64x, _ZGVdN4v_log)
GUMBEL_PHILOX_SIMD(uniformBlockAvx512, "avx512f", 8, __m512i, __m512d, _mm512, si512, _mm512_set1_epi64, _ZGVeN8v_log)
#undef _mm256_castsi400_pd
#undef _mm512_castsi800_pd
#undef GUMBEL_PHILOX_SIMD
#pragma GCC diagnostic pop
#endif

}  // namespace

namespace {
// The vector unit of this machine, looked up once: the intrinsics paths below choose by it.
enum class Simd { Avx512, Avx2, None };
Simd simd() {
#ifdef GUMBEL_HAVE_AVX2_PATH
    static const Simd level = __builtin_cpu_supports("avx512f") ? Simd::Avx512
                              : __builtin_cpu_supports("avx2") ? Simd::Avx2
                                                                : Simd::None;
    return level;
#else
    return Simd::None;
#endif
}
}  // namespace

void uniformBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t columns, std::size_t cells, bool gumbel, double* out) {
#ifdef GUMBEL_HAVE_AVX2_PATH
    const bool avx512 = simd() == Simd::Avx512;
    const bool avx2 = simd() == Simd::Avx2;
    if (avx512) {
        uniformBlockAvx512(key, word2, word3, firstColumn, columns, cells, gumbel, false, out);
        return;
    }
    if (avx2) {
        uniformBlockAvx2(key, word2, word3, firstColumn, columns, cells, gumbel, false, out);
        return;
    }
#endif
    const std::size_t pairs = (cells + 1) / 2;
    uniformBlockScalar(key, word2, word3, firstColumn, pairs * columns, LaneWalker{pairs, cells}, out);
    if (gumbel) gumbelFromUniform(out, out, columns * cells);
}

void uniformLanes(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t blocks, std::size_t cells, bool gumbel, double* out) {
    const std::size_t columns = blocks * kLanes;
#ifdef GUMBEL_HAVE_AVX2_PATH
    const bool avx512 = simd() == Simd::Avx512;
    const bool avx2 = simd() == Simd::Avx2;
    if (avx512) {
        uniformBlockAvx512(key, word2, word3, firstColumn, columns, cells, gumbel, true, out);
        return;
    }
    if (avx2) {
        uniformBlockAvx2(key, word2, word3, firstColumn, columns, cells, gumbel, true, out);
        return;
    }
#endif
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

GUMBEL_HOT
void exponentialFromUniform(const double* u, double* e, std::size_t n) {
    GUMBEL_PACKET_LOOP(u, e, n, 0.5, -std::log(x));
}

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
extern "C" __m512d _ZGVeN8v_log1p(__m512d);

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
// -log1p(y) / tau, floored at -800
GUMBEL_EXP_PACKETS(truncatedWeightsAvx512, "avx512f", 8, __m512d, _mm512,
                   _mm512_max_pd(_mm512_mul_pd(_ZGVeN8v_log1p(v), _mm512_set1_pd(-invTau)), _mm512_set1_pd(-800.0)),
                   , double invTau)
GUMBEL_EXP_PACKETS(truncatedWeightsAvx2, "avx2", 4, __m256d, _mm256,
                   _mm256_max_pd(_mm256_mul_pd(_ZGVdN4v_log1p(v), _mm256_set1_pd(-invTau)), _mm256_set1_pd(-800.0)),
                   , double invTau)
#undef GUMBEL_EXP_PACKETS
#pragma GCC diagnostic pop
#endif
}  // namespace

void truncatedWeights(double* y, std::size_t n, double invTau) {
#ifdef GUMBEL_HAVE_AVX2_PATH
    const bool avx512 = simd() == Simd::Avx512;
    const bool avx2 = simd() == Simd::Avx2;
    if (avx512) {
        truncatedWeightsAvx512(y, n, invTau);
        return;
    }
    if (avx2) {
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
