// The transcendental kernels: Philox noise and its Gumbel transform, -log u, exp and log1p passes. This file alone
// is built with -ffast-math (core/CMakeLists.txt), so that GCC vectorises log/exp with glibc's libmvec; every
// function takes finite inputs only (core/NoiseKernels.h). The kernels whose sums are promised in a fixed order
// (sumOf, the softmax's normalisation) are in ColumnKernels.cpp, built without it.
#include "core/NoiseKernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/Avx512Math.h"   // inlined log/exp polynomials for the m-hot weights on AVX-512
#include "core/PhiloxSimd.h"   // the SIMD Philox kernels
#include "core/VectorOps.h"    // AVX2 / AVX-512 register operations
#include "core/VectorUnit.h"   // which unit runs

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
// The SIMD Philox kernel of the vector unit in use, column or lane layout; false when there is none (the caller's
// scalar path then runs).
bool uniformSimd(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn, std::size_t columns,
                 std::size_t cells, bool gumbel, bool lanes, double* out) {
#ifdef GUMBEL_X86_VECTOR_PATHS
    switch (vectorUnit()) {
        case VectorUnit::Avx512:
            uniformBlockAvx512(key, word2, word3, firstColumn, columns, cells, gumbel, lanes, out);
            return true;
        case VectorUnit::Avx2:
            uniformBlockAvx2(key, word2, word3, firstColumn, columns, cells, gumbel, lanes, out);
            return true;
        case VectorUnit::Plain: break;
    }
#endif
    (void)key, (void)word2, (void)word3, (void)firstColumn, (void)columns, (void)cells, (void)gumbel, (void)lanes, (void)out;
    return false;
}
}  // namespace

void uniformBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t columns, std::size_t cells, bool gumbel, double* out) {
    if (columns == 0 || cells == 0) return;  // nothing to write (and no pairs to walk)
    if (uniformSimd(key, word2, word3, firstColumn, columns, cells, gumbel, false, out)) return;
    const std::size_t pairs = (cells + 1) / 2;
    uniformBlockScalar(key, word2, word3, firstColumn, pairs * columns, LaneWalker{pairs, cells}, out);
    if (gumbel) gumbelFromUniform(out, out, columns * cells);
}

void uniformLanes(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t blocks, std::size_t cells, bool gumbel, double* out) {
    const std::size_t columns = blocks * kLanes;
    if (columns == 0 || cells == 0) return;  // nothing to write (and no pairs to walk)
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

namespace {
// The vector loops below always run on whole packets of kPacket values (the tail is padded), so every value goes
// through the same code path: a cell's result does not depend on where it sits in a block, bit for bit.
constexpr std::size_t kPacket = 8;

// out[i] = f(in[i]) in whole packets; the tail padded with `pad`. Inlined into each vector unit's code
// (onVectorUnit), where the packet loop becomes calls of that unit's vector log/exp.
template <class F>
__attribute__((always_inline)) inline void packetLoop(const double* in, double* out, std::size_t n, double pad, F f) {
    std::size_t i = 0;
    for (; i + kPacket <= n; i += kPacket) {
        double t[kPacket];
#pragma omp simd
        for (std::size_t j = 0; j < kPacket; ++j) t[j] = f(in[i + j]);
        for (std::size_t j = 0; j < kPacket; ++j) out[i + j] = t[j];
    }
    if (i < n) {
        double padded[kPacket];
        double t[kPacket];
        for (std::size_t j = 0; j < kPacket; ++j) padded[j] = i + j < n ? in[i + j] : pad;
#pragma omp simd
        for (std::size_t j = 0; j < kPacket; ++j) t[j] = f(padded[j]);
        for (std::size_t j = 0; i + j < n; ++j) out[i + j] = t[j];
    }
}
}  // namespace

void gumbelFromUniform(const double* u, double* eps, std::size_t n) {
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        packetLoop(u, eps, n, 0.5, [](double x) GUMBEL_VECTOR_BODY { return -std::log(-std::log(x)); });
    });
}

void exponentialFromUniform(const double* u, double* e, std::size_t n) {
#ifdef GUMBEL_X86_VECTOR_PATHS
    if (vectorUnit() == VectorUnit::Avx512) {
        avx512::exponentialFromUniform(u, e, n);
        return;
    }
#endif
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        packetLoop(u, e, n, 0.5, [](double x) GUMBEL_VECTOR_BODY { return -std::log(x); });
    });
}

void truncateAt(double* g, std::size_t n, double top) {
    // -log(exp(-top) + exp(-g)) = min(top, g) - log1p(exp(-|g - top|))
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        packetLoop(g, g, n, top, [top](double x) GUMBEL_VECTOR_BODY {
            return (x < top ? x : top) - std::log1p(std::exp(-std::fabs(x - top)));
        });
    });
}

void truncatedGaps(double* g, std::size_t n, double top) {
    // softplus(a) = max(a, 0) + log1p(exp(-|a|)), a = top - x
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        packetLoop(g, g, n, top, [top](double x) GUMBEL_VECTOR_BODY {
            return -(((top - x) > 0.0 ? (top - x) : 0.0) + std::log1p(std::exp(-std::fabs(top - x))));
        });
    });
}

namespace {
double expOrZeroScalar(double x) {  // VectorOps.h's expOrZero, one value
    if (x < kExpIsZeroBelow) return 0.0;
    return x < kFastExpFloor ? std::exp(x + kExpShift) * kExpMinusShift : std::exp(x);
}

// min of x[0..n-1] (+inf for n = 0), in whole packets of a vector register (GCC vector extension).
double smallest(const double* x, std::size_t n) {
    return onVectorUnit([=]() GUMBEL_VECTOR_BODY {
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
    });
}

#ifdef GUMBEL_X86_VECTOR_PATHS
// Whole packets of kPacket values, x = expOrZero(exponent(x)); the tail padded with 0 and computed the same way.
template <class Ops, class Exponent>
inline void expPackets(double* x, std::size_t n, const Exponent& exponent) {
    std::size_t i = 0;
    for (; i + kPacket <= n; i += kPacket) {
        for (std::size_t l = 0; l < kPacket; l += Ops::kWidth) {
            Ops::storeUnaligned(x + i + l, Ops::expOrZero(exponent(Ops::loadUnaligned(x + i + l))));
        }
    }
    if (i < n) {
        double tail[kPacket] = {0, 0, 0, 0, 0, 0, 0, 0};
        for (std::size_t j = 0; i + j < n; ++j) tail[j] = x[i + j];
        for (std::size_t l = 0; l < kPacket; l += Ops::kWidth) {
            Ops::storeUnaligned(tail + l, Ops::expOrZero(exponent(Ops::loadUnaligned(tail + l))));
        }
        for (std::size_t j = 0; i + j < n; ++j) x[i + j] = tail[j];
    }
}

// exp alone, for blocks with no value below kFastExpFloor (the usual case; see expNonPositive).
template <class Ops>
inline void plainExp(double* x, std::size_t n) {
    std::size_t i = 0;
    for (; i + Ops::kWidth <= n; i += Ops::kWidth) Ops::storeUnaligned(x + i, Ops::exp(Ops::loadUnaligned(x + i)));
    if (i < n) {
        double tail[Ops::kWidth] = {};
        for (std::size_t j = 0; i + j < n; ++j) tail[j] = x[i + j];
        Ops::storeUnaligned(tail, Ops::exp(Ops::loadUnaligned(tail)));
        for (std::size_t j = 0; i + j < n; ++j) x[i + j] = tail[j];
    }
}

// Each template above compiled for its unit (`flatten`: the Ops inlined; see core/VectorOps.h).
__attribute__((target("avx512f"), flatten)) void plainExpAvx512(double* x, std::size_t n) { plainExp<Avx512Ops>(x, n); }
__attribute__((target("avx2"), flatten)) void plainExpAvx2(double* x, std::size_t n) { plainExp<Avx2Ops>(x, n); }
__attribute__((target("avx512f"), flatten)) void expNonPositiveAvx512(double* x, std::size_t n) {
    expPackets<Avx512Ops>(x, n, [](Avx512Ops::VD v) { return v; });
}
__attribute__((target("avx2"), flatten)) void expNonPositiveAvx2(double* x, std::size_t n) {
    expPackets<Avx2Ops>(x, n, [](Avx2Ops::VD v) { return v; });
}
// -log1p(y) / tau, floored at -800 (on AVX-512 core/Avx512Math.cpp's kernel runs instead)
__attribute__((target("avx2"), flatten)) void truncatedWeightsAvx2(double* y, std::size_t n, double invTau) {
    expPackets<Avx2Ops>(y, n, [invTau](Avx2Ops::VD v) {
        return Avx2Ops::max(Avx2Ops::mul(Avx2Ops::log1p(v), Avx2Ops::splat(-invTau)), Avx2Ops::splat(-800.0));
    });
}
#endif
}  // namespace

void truncatedWeights(double* y, std::size_t n, double invTau) {
#ifdef GUMBEL_X86_VECTOR_PATHS
    switch (vectorUnit()) {
        case VectorUnit::Avx512: avx512::truncatedWeights(y, n, invTau); return;
        case VectorUnit::Avx2: truncatedWeightsAvx2(y, n, invTau); return;
        case VectorUnit::Plain: break;
    }
#endif
    for (std::size_t i = 0; i < n; ++i) y[i] = expOrZeroScalar(std::max(-std::log1p(y[i]) * invTau, -800.0));
}

void expNonPositive(double* x, std::size_t n) {
    // One pass for the smallest value first: without values below the vector exp's fast range (the usual
    // block) the plain exp runs; per-lane masks on every packet cost 5-15% of G's whole computation at k = 10.
    const bool plain = smallest(x, n) >= kFastExpFloor;
#ifdef GUMBEL_X86_VECTOR_PATHS
    switch (vectorUnit()) {
        case VectorUnit::Avx512: plain ? plainExpAvx512(x, n) : expNonPositiveAvx512(x, n); return;
        case VectorUnit::Avx2: plain ? plainExpAvx2(x, n) : expNonPositiveAvx2(x, n); return;
        case VectorUnit::Plain: break;
    }
#endif
    for (std::size_t i = 0; i < n; ++i) x[i] = plain ? std::exp(x[i]) : expOrZeroScalar(x[i]);
}

}  // namespace gumbel::kernels
