#pragma once
// AVX2 and AVX-512 register operations for the hand-written kernels of core/NoiseKernels.cpp (its only includer,
// with core/PhiloxSimd.h): internal, in an unnamed namespace, present where GUMBEL_X86_VECTOR_PATHS says the x86
// vector paths are built.
#include <cstddef>
#include <cstdint>

#include "core/VectorUnit.h"

namespace gumbel::kernels {
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
}  // namespace
}  // namespace gumbel::kernels

#ifdef GUMBEL_X86_VECTOR_PATHS
#include <immintrin.h>

namespace gumbel::kernels {
namespace {

// GCC 12's own AVX-512 headers trip this warning (a false positive in set1 and max_pd).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// glibc's vector log, log1p and exp (libmvec), the same functions GCC calls for vectorised loops.
extern "C" __m256d _ZGVdN4v_log(__m256d);
extern "C" __m512d _ZGVeN8v_log(__m512d);
extern "C" __m256d _ZGVdN4v_log1p(__m256d);
extern "C" __m256d _ZGVdN4v_exp(__m256d);
extern "C" __m512d _ZGVeN8v_exp(__m512d);

// The register operations the hand-written kernels need, once per vector unit. Each is compiled for its unit; a
// kernel is a template written once over Ops and inlined, with them, into a function compiled for the unit and
// marked `flatten` (uniformBlockAvx2 / uniformBlockAvx512, expPacketsAvx2 / ...), so that each of those is one
// function of that unit's instructions. (A template marked always-inline could not call them: GCC compiles it for
// the baseline ISA first and refuses to inline AVX2 code into it.)
struct Avx2Ops {
    using VI = __m256i;
    using VD = __m256d;
    static constexpr int kWidth = 4;
    __attribute__((target("avx2"))) static VI set1(std::int64_t x) { return _mm256_set1_epi64x(x); }
    __attribute__((target("avx2"))) static VI load(const std::int64_t* p) { return _mm256_load_si256(reinterpret_cast<const VI*>(p)); }
    __attribute__((target("avx2"))) static void store(std::int64_t* p, VI v) { _mm256_store_si256(reinterpret_cast<VI*>(p), v); }
    __attribute__((target("avx2"))) static VI add(VI a, VI b) { return _mm256_add_epi64(a, b); }
    __attribute__((target("avx2"))) static VI mulLow32(VI a, VI b) { return _mm256_mul_epu32(a, b); }
    __attribute__((target("avx2"))) static VI bitXor(VI a, VI b) { return _mm256_xor_si256(a, b); }
    __attribute__((target("avx2"))) static VI bitAnd(VI a, VI b) { return _mm256_and_si256(a, b); }
    __attribute__((target("avx2"))) static VI bitOr(VI a, VI b) { return _mm256_or_si256(a, b); }
    __attribute__((target("avx2"))) static VI shiftRight32(VI a) { return _mm256_srli_epi64(a, 32); }
    __attribute__((target("avx2"))) static VI shiftRight12(VI a) { return _mm256_srli_epi64(a, 12); }
    __attribute__((target("avx2"))) static VI shiftLeft32(VI a) { return _mm256_slli_epi64(a, 32); }
    __attribute__((target("avx2"))) static VD asDouble(VI a) { return _mm256_castsi256_pd(a); }
    __attribute__((target("avx2"))) static VD splat(double x) { return _mm256_set1_pd(x); }
    __attribute__((target("avx2"))) static VD add(VD a, VD b) { return _mm256_add_pd(a, b); }
    __attribute__((target("avx2"))) static VD sub(VD a, VD b) { return _mm256_sub_pd(a, b); }
    __attribute__((target("avx2"))) static VD log(VD a) { return _ZGVdN4v_log(a); }
    __attribute__((target("avx2"))) static void store(double* p, VD v) { _mm256_store_pd(p, v); }
    __attribute__((target("avx2"))) static void storeUnaligned(double* p, VD v) { _mm256_storeu_pd(p, v); }
    __attribute__((target("avx2"))) static VD loadUnaligned(const double* p) { return _mm256_loadu_pd(p); }
    __attribute__((target("avx2"))) static VD mul(VD a, VD b) { return _mm256_mul_pd(a, b); }
    __attribute__((target("avx2"))) static VD max(VD a, VD b) { return _mm256_max_pd(a, b); }
    __attribute__((target("avx2"))) static VD exp(VD a) { return _ZGVdN4v_exp(a); }
    __attribute__((target("avx2"))) static VD log1p(VD a) { return _ZGVdN4v_log1p(a); }
    // exp(v) for v in [-800, 0], 0 below kExpIsZeroBelow (see there).
    __attribute__((target("avx2"))) static VD expOrZero(VD v) {
        const VD zero = _mm256_cmp_pd(v, _mm256_set1_pd(kExpIsZeroBelow), _CMP_LT_OQ);
        const VD low = _mm256_cmp_pd(v, _mm256_set1_pd(kFastExpFloor), _CMP_LT_OQ);
        VD t = _mm256_max_pd(v, _mm256_set1_pd(kExpIsZeroBelow));
        t = _mm256_add_pd(t, _mm256_and_pd(low, _mm256_set1_pd(kExpShift)));
        VD e = _ZGVdN4v_exp(t);
        e = _mm256_blendv_pd(e, _mm256_mul_pd(e, _mm256_set1_pd(kExpMinusShift)), low);
        return _mm256_andnot_pd(zero, e);
    }
    // out[2 l] = a[l], out[2 l + 1] = b[l]: the two cells of kWidth consecutive pairs, when they are contiguous.
    __attribute__((target("avx2"))) static void storeInterleaved(double* out, VD a, VD b) {
        const VD low = _mm256_unpacklo_pd(a, b), high = _mm256_unpackhi_pd(a, b);  // a0 b0 a2 b2, a1 b1 a3 b3
        _mm256_storeu_pd(out, _mm256_permute2f128_pd(low, high, 0x20));
        _mm256_storeu_pd(out + 4, _mm256_permute2f128_pd(low, high, 0x31));
    }
    // The next group's lane counters across pairs: every flat pair index f = column * pairs + pair moves on by
    // kWidth, with `wraps` (= ceil(kWidth / pairs)) conditional carries from pair into column; no branch.
    __attribute__((target("avx2"))) static void nextLanes(VI& pair, VI& column, VI pairs, int wraps) {
        pair = _mm256_add_epi64(pair, _mm256_set1_epi64x(kWidth));
        for (int w = 0; w < wraps; ++w) {
            const VI carry = _mm256_cmpgt_epi64(pair, _mm256_sub_epi64(pairs, _mm256_set1_epi64x(1)));  // all ones
            pair = _mm256_sub_epi64(pair, _mm256_and_si256(carry, pairs));
            column = _mm256_sub_epi64(column, carry);
        }
    }
};

struct Avx512Ops {
    using VI = __m512i;
    using VD = __m512d;
    static constexpr int kWidth = 8;
    __attribute__((target("avx512f"))) static VI set1(std::int64_t x) { return _mm512_set1_epi64(x); }
    __attribute__((target("avx512f"))) static VI load(const std::int64_t* p) { return _mm512_load_si512(p); }
    __attribute__((target("avx512f"))) static void store(std::int64_t* p, VI v) { _mm512_store_si512(p, v); }
    __attribute__((target("avx512f"))) static VI add(VI a, VI b) { return _mm512_add_epi64(a, b); }
    __attribute__((target("avx512f"))) static VI mulLow32(VI a, VI b) { return _mm512_mul_epu32(a, b); }
    __attribute__((target("avx512f"))) static VI bitXor(VI a, VI b) { return _mm512_xor_si512(a, b); }
    __attribute__((target("avx512f"))) static VI bitAnd(VI a, VI b) { return _mm512_and_si512(a, b); }
    __attribute__((target("avx512f"))) static VI bitOr(VI a, VI b) { return _mm512_or_si512(a, b); }
    __attribute__((target("avx512f"))) static VI shiftRight32(VI a) { return _mm512_srli_epi64(a, 32); }
    __attribute__((target("avx512f"))) static VI shiftRight12(VI a) { return _mm512_srli_epi64(a, 12); }
    __attribute__((target("avx512f"))) static VI shiftLeft32(VI a) { return _mm512_slli_epi64(a, 32); }
    __attribute__((target("avx512f"))) static VD asDouble(VI a) { return _mm512_castsi512_pd(a); }
    __attribute__((target("avx512f"))) static VD splat(double x) { return _mm512_set1_pd(x); }
    __attribute__((target("avx512f"))) static VD add(VD a, VD b) { return _mm512_add_pd(a, b); }
    __attribute__((target("avx512f"))) static VD sub(VD a, VD b) { return _mm512_sub_pd(a, b); }
    __attribute__((target("avx512f"))) static VD log(VD a) { return _ZGVeN8v_log(a); }
    __attribute__((target("avx512f"))) static void store(double* p, VD v) { _mm512_store_pd(p, v); }
    __attribute__((target("avx512f"))) static void storeUnaligned(double* p, VD v) { _mm512_storeu_pd(p, v); }
    __attribute__((target("avx512f"))) static VD loadUnaligned(const double* p) { return _mm512_loadu_pd(p); }
    __attribute__((target("avx512f"))) static VD mul(VD a, VD b) { return _mm512_mul_pd(a, b); }
    __attribute__((target("avx512f"))) static VD max(VD a, VD b) { return _mm512_max_pd(a, b); }
    __attribute__((target("avx512f"))) static VD exp(VD a) { return _ZGVeN8v_exp(a); }
    __attribute__((target("avx512f"))) static VD expOrZero(VD v) {
        const __mmask8 zero = _mm512_cmp_pd_mask(v, _mm512_set1_pd(kExpIsZeroBelow), _CMP_LT_OQ);
        const __mmask8 low = _mm512_cmp_pd_mask(v, _mm512_set1_pd(kFastExpFloor), _CMP_LT_OQ);
        VD t = _mm512_max_pd(v, _mm512_set1_pd(kExpIsZeroBelow));
        t = _mm512_mask_add_pd(t, low, t, _mm512_set1_pd(kExpShift));
        VD e = _ZGVeN8v_exp(t);
        e = _mm512_mask_mul_pd(e, low, e, _mm512_set1_pd(kExpMinusShift));
        return _mm512_maskz_mov_pd(static_cast<__mmask8>(~zero), e);
    }
    __attribute__((target("avx512f"))) static void storeInterleaved(double* out, VD a, VD b) {
        const VI low = _mm512_set_epi64(11, 3, 10, 2, 9, 1, 8, 0);
        const VI high = _mm512_set_epi64(15, 7, 14, 6, 13, 5, 12, 4);
        _mm512_storeu_pd(out, _mm512_permutex2var_pd(a, low, b));
        _mm512_storeu_pd(out + 8, _mm512_permutex2var_pd(a, high, b));
    }
    __attribute__((target("avx512f"))) static void nextLanes(VI& pair, VI& column, VI pairs, int wraps) {
        pair = _mm512_add_epi64(pair, _mm512_set1_epi64(kWidth));
        for (int w = 0; w < wraps; ++w) {
            const __mmask8 carry = _mm512_cmpge_epi64_mask(pair, pairs);
            pair = _mm512_mask_sub_epi64(pair, carry, pair, pairs);
            column = _mm512_mask_add_epi64(column, carry, column, _mm512_set1_epi64(1));
        }
    }
};

#pragma GCC diagnostic pop

}  // namespace
}  // namespace gumbel::kernels

#endif
