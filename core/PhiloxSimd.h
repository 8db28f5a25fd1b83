#pragma once
// Philox4x32-10 on AVX2 / AVX-512 registers, with the Gumbel transform done in registers: the kernels behind
// kernels::uniformBlock and kernels::uniformLanes. Internal to core/NoiseKernels.cpp, its only includer (built with
// -ffast-math, so that GCC calls libmvec's vector log): everything here is in an unnamed namespace, and
// GUMBEL_HAVE_AVX2_PATH says whether the SIMD paths exist for this compiler. Other compilers (clang, for the
// fuzzers) use the portable scalar path.
#include <cstddef>
#include <cstdint>

#include "core/NoiseKernels.h"

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#include <immintrin.h>
#define GUMBEL_HAVE_AVX2_PATH 1
#endif

namespace gumbel::kernels {
namespace {

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

// The next group's lane counters across pairs: every flat pair index f = column * pairs + pair moves on by the
// lane count, with `wraps` (= ceil(lanes / pairs)) conditional carries from pair into column; no branch.
__attribute__((target("avx512f"), always_inline)) inline void nextLanes(__m512i& pair, __m512i& column, __m512i pairs,
                                                                         int wraps) {
    pair = _mm512_add_epi64(pair, _mm512_set1_epi64(8));
    for (int w = 0; w < wraps; ++w) {
        const __mmask8 carry = _mm512_cmpge_epi64_mask(pair, pairs);
        pair = _mm512_mask_sub_epi64(pair, carry, pair, pairs);
        column = _mm512_mask_add_epi64(column, carry, column, _mm512_set1_epi64(1));
    }
}
__attribute__((target("avx2"), always_inline)) inline void nextLanes(__m256i& pair, __m256i& column, __m256i pairs,
                                                                       int wraps) {
    pair = _mm256_add_epi64(pair, _mm256_set1_epi64x(4));
    for (int w = 0; w < wraps; ++w) {
        const __m256i carry = _mm256_cmpgt_epi64(pair, _mm256_sub_epi64(pairs, _mm256_set1_epi64x(1)));  // all ones
        pair = _mm256_sub_epi64(pair, _mm256_and_si256(carry, pairs));
        column = _mm256_sub_epi64(column, carry);
    }
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
        /* Across pairs: lane l holds flat pair index f = column * pairs + pair, f = l for the first group, */   \
        /* f + LANES for the next: at most `wraps` carries from pair into column. */                             \
        /* (Kept in memory between groups, not in registers: the column path needs all of those.) */          \
        alignas(64) std::int64_t nextPair[LANES], nextColumn[LANES];                                            \
        for (std::int64_t l = 0, pair = 0, column = 0; l < LANES; ++l) { /* no division: a lane's own carry */  \
            nextPair[l] = pair;                                                                                 \
            nextColumn[l] = column;                                                                             \
            if (++pair == static_cast<std::int64_t>(pairs)) pair = 0, ++column;                                 \
        }                                                                                                       \
        const int wraps = static_cast<int>((LANES + pairs - 1) / pairs);                                        \
        for (std::size_t g0 = 0; g0 < groups; g0 += kGroups) {                                                  \
            VI c0[kGroups], c1[kGroups], c2[kGroups], c3[kGroups];                                              \
            std::size_t groupPair[kGroups], groupColumn[kGroups];                                               \
            alignas(64) std::int64_t lanePair[kGroups][LANES], laneColumn[kGroups][LANES];                      \
            for (int g = 0; g < kGroups; ++g) {                                                                 \
                groupPair[g] = pairAt;                                                                          \
                groupColumn[g] = columnAt;                                                                      \
                if (acrossPairs) {                                                                              \
                    VI lanePairs = P##_load_##SI(reinterpret_cast<const VI*>(nextPair));                        \
                    VI laneColumns = P##_load_##SI(reinterpret_cast<const VI*>(nextColumn));                    \
                    c0[g] = lanePairs;                                                                          \
                    c1[g] = P##_add_epi64(laneColumns, SET1(static_cast<std::int64_t>(firstColumn)));           \
                    P##_store_##SI(reinterpret_cast<VI*>(lanePair[g]), lanePairs);                              \
                    P##_store_##SI(reinterpret_cast<VI*>(laneColumn[g]), laneColumns);                          \
                    nextLanes(lanePairs, laneColumns, SET1(static_cast<std::int64_t>(pairs)), wraps);           \
                    P##_store_##SI(reinterpret_cast<VI*>(nextPair), lanePairs);                                 \
                    P##_store_##SI(reinterpret_cast<VI*>(nextColumn), laneColumns);                             \
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
}  // namespace gumbel::kernels
