#include "core/Avx512Math.h"

#ifdef GUMBEL_X86_VECTOR_PATHS
#include <immintrin.h>

#include <cmath>
#include <cstdint>

// Built without -ffast-math (unlike NoiseKernels.cpp): the rounding tricks below must run as written.
// GCC 12's own AVX-512 headers trip this warning (a false positive in their set1 and mask helpers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

namespace gumbel::kernels::avx512 {
namespace {

constexpr long double kLn2 = 0.693147180559945309417232121458176568L;
constexpr long double kLog2E = 1.442695040888963407359924681001892137L;
constexpr int kSeriesTerms = 11;  // terms in z = s^2 of the atanh series below
constexpr int kExpTerms = 8;      // degree 7 in r

struct Coefficients {
    double lnSeries[kSeriesTerms];    // -2 / (2i + 1): -log(m) = s * sum_i lnSeries[i] z^i
    double log2Series[kSeriesTerms];  // 2 log2(e) / (2i + 1): log2(m) = s * sum_i log2Series[i] z^i
    double exp2Series[kExpTerms];     // ln2^i / i!: 2^r = sum_i exp2Series[i] r^i
    double pow2[16];                  // 2^(j / 16)
};

Coefficients makeCoefficients() {
    Coefficients c{};
    for (int i = 0; i < kSeriesTerms; ++i) {
        c.lnSeries[i] = static_cast<double>(-2.0L / (2 * i + 1));
        c.log2Series[i] = static_cast<double>(2.0L * kLog2E / (2 * i + 1));
    }
    long double term = 1.0L;
    for (int i = 0; i < kExpTerms; ++i) {
        c.exp2Series[i] = static_cast<double>(term);
        term = term * kLn2 / (i + 1);
    }
    for (int j = 0; j < 16; ++j) c.pow2[j] = static_cast<double>(std::exp2(static_cast<long double>(j) / 16.0L));
    return c;
}

const Coefficients& coefficients() {
    static const Coefficients c = makeCoefficients();
    return c;
}

#define GUMBEL_AVX512 __attribute__((target("avx512f"), always_inline)) inline

// x = 2^k m with m in [0.75, 1.5): returns k (as a double) and m.
GUMBEL_AVX512 __m512d splitMantissa(__m512d x, __m512d& m) {
    m = _mm512_getmant_pd(x, _MM_MANT_NORM_p75_1p5, _MM_MANT_SIGN_src);
    return _mm512_sub_pd(_mm512_getexp_pd(x), _mm512_getexp_pd(m));
}

// s * sum_i series[i] s^(2i) with s = num / (num + 2): for num = m - 1 (exact for m in [0.75, 1.5)), 2 atanh(s)
// = log(m). |s| <= 0.2, so z = s^2 <= 0.04 and the first term left out, z^11 / 23, is below 2e-17.
GUMBEL_AVX512 __m512d atanhSeries(__m512d num, const double* series) {
    const __m512d s = _mm512_div_pd(num, _mm512_add_pd(num, _mm512_set1_pd(2.0)));
    const __m512d z = _mm512_mul_pd(s, s);
    __m512d p = _mm512_set1_pd(series[kSeriesTerms - 1]);
    for (int i = kSeriesTerms - 2; i >= 0; --i) p = _mm512_fmadd_pd(p, z, _mm512_set1_pd(series[i]));
    return _mm512_mul_pd(s, p);
}

// -log(u) for u in (0, 1): -(k ln2 + log m). Near u = 1, k = 0 and m - 1 is exact, so the result keeps its
// relative accuracy however small it is.
GUMBEL_AVX512 __m512d minusLog(__m512d u, const Coefficients& c) {
    __m512d m;
    const __m512d k = splitMantissa(u, m);
    const __m512d minusLogM = atanhSeries(_mm512_sub_pd(m, _mm512_set1_pd(1.0)), c.lnSeries);
    return _mm512_fmadd_pd(k, _mm512_set1_pd(static_cast<double>(-kLn2)), minusLogM);
}

// log2(1 + y) for finite y >= 0. Below 1 + y = 1.5, m = 1 + y and m - 1 is y itself (not 1 + y rounded), so
// small y keep their relative accuracy; above, the rounding of 1 + y is below an ulp of the result.
GUMBEL_AVX512 __m512d log2OnePlus(__m512d y, const Coefficients& c) {
    const __m512d t = _mm512_add_pd(y, _mm512_set1_pd(1.0));
    __m512d m;
    const __m512d k = splitMantissa(t, m);
    const __mmask8 small = _mm512_cmp_pd_mask(t, _mm512_set1_pd(1.5), _CMP_LT_OQ);
    const __m512d num = _mm512_mask_blend_pd(small, _mm512_sub_pd(m, _mm512_set1_pd(1.0)), y);
    return _mm512_add_pd(k, atanhSeries(num, c.log2Series));
}

// 2^x for x <= 0, and exactly 0 below -1022 (where 2^x would be subnormal). x = n / 16 + r with n an integer
// and |r| <= 1/32 (both exact): 2^x = 2^floor(n / 16) * 2^((n mod 16) / 16) * 2^r, the middle factor from a
// table of 16 held in two registers, 2^r a degree-7 polynomial (first term left out below 1.2e-18).
GUMBEL_AVX512 __m512d exp2NonPositive(__m512d x, const Coefficients& c) {
    const __mmask8 normal = _mm512_cmp_pd_mask(x, _mm512_set1_pd(-1022.0), _CMP_GE_OQ);
    x = _mm512_max_pd(x, _mm512_set1_pd(-1022.0));
    // 1.5 * 2^52 + 16 x rounds 16 x to the integer n held in the low bits of its mantissa (|n| < 2^51).
    const __m512d magic = _mm512_set1_pd(0x1.8p52);
    const __m512d shifted = _mm512_fmadd_pd(x, _mm512_set1_pd(16.0), magic);
    const __m512d n = _mm512_sub_pd(shifted, magic);
    const __m512d r = _mm512_fnmadd_pd(n, _mm512_set1_pd(0.0625), x);
    __m512d p = _mm512_set1_pd(c.exp2Series[kExpTerms - 1]);
    for (int i = kExpTerms - 2; i >= 0; --i) p = _mm512_fmadd_pd(p, r, _mm512_set1_pd(c.exp2Series[i]));
    // permutex2var reads the low 4 bits of each index lane: n mod 16.
    const __m512d table = _mm512_permutex2var_pd(_mm512_loadu_pd(c.pow2), _mm512_castpd_si512(shifted),
                                                 _mm512_loadu_pd(c.pow2 + 8));
    // scalef multiplies by 2^floor(n / 16).
    return _mm512_maskz_scalef_pd(normal, _mm512_mul_pd(table, p), _mm512_mul_pd(n, _mm512_set1_pd(0.0625)));
}

#undef GUMBEL_AVX512

__mmask8 tailMask(std::size_t count) { return static_cast<__mmask8>((1u << count) - 1u); }

// out = f(in) over whole packets, then the tail through the same f with masked loads and stores (lanes past the
// end read `pad`, a value in range): a value's result never depends on where it sits in the array. In place allowed.
template <class F>
__attribute__((target("avx512f"), always_inline)) inline void mapPackets(const double* in, double* out, std::size_t n,
                                                                          double pad, F f) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm512_storeu_pd(out + i, f(_mm512_loadu_pd(in + i)));
    if (i < n) {
        const __mmask8 mask = tailMask(n - i);
        _mm512_mask_storeu_pd(out + i, mask, f(_mm512_mask_loadu_pd(_mm512_set1_pd(pad), mask, in + i)));
    }
}

}  // namespace

__attribute__((target("avx512f"))) void exponentialFromUniform(const double* u, double* e, std::size_t n) {
    const Coefficients& c = coefficients();
    mapPackets(u, e, n, 0.5, [&c](__m512d v) __attribute__((target("avx512f"))) { return minusLog(v, c); });
}

__attribute__((target("avx512f"))) void truncatedWeights(double* y, std::size_t n, double invTau) {
    const Coefficients& c = coefficients();
    const __m512d minusInvTau = _mm512_set1_pd(-invTau);
    mapPackets(y, y, n, 0.0, [&c, minusInvTau](__m512d v) __attribute__((target("avx512f"))) {
        return exp2NonPositive(_mm512_mul_pd(log2OnePlus(v, c), minusInvTau), c);
    });
}

// Up to 64 values compared into one bit mask before the first branch: a search over a short array has no
// mispredicted exit.
__attribute__((target("avx512f"))) std::size_t firstAbove(const double* x, std::size_t n, double target) {
    const __m512d t = _mm512_set1_pd(target);
    for (std::size_t base = 0; base < n; base += 64) {
        const std::size_t end = n - base < 64 ? n : base + 64;
        std::uint64_t above = 0;
        std::size_t i = base;
        for (; i + 8 <= end; i += 8) {
            above |= std::uint64_t{_mm512_cmp_pd_mask(_mm512_loadu_pd(x + i), t, _CMP_GT_OQ)} << (i - base);
        }
        if (i < end) {
            const __mmask8 mask = tailMask(end - i);
            above |= std::uint64_t{_mm512_mask_cmp_pd_mask(mask, _mm512_maskz_loadu_pd(mask, x + i), t, _CMP_GT_OQ)}
                     << (i - base);
        }
        if (above != 0) return base + static_cast<std::size_t>(__builtin_ctzll(above));
    }
    return n;
}

}  // namespace gumbel::kernels::avx512

#pragma GCC diagnostic pop
#endif
