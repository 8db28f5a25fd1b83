#include "core/GradientLanes.h"

#include <cstdint>
#include <cstring>

#include "core/VectorUnit.h"

// Built with -ffp-contract=off (core/CMakeLists.txt): no fused multiply-add, so
// every vector unit's code rounds as the one-sample formulas (GradientEstimators.cpp) do.

// Every helper that takes or returns a lane vector is inlined into the vector unit's code that calls it, always
// (kernels::onVectorUnit): a helper left out of line is compiled once for the baseline ISA, and AVX-512 code
// calling it passes the 64-byte vectors in other registers than it expects (GCC's -Wpsabi note, silenced in
// core/CMakeLists.txt). GCC 14's sanitizer build left them out of line: garbage pointers, heap-buffer-overflow in
// load() and UBSan's "null pointer" (Debian 13).
#define GUMBEL_LANE_INLINE __attribute__((always_inline)) inline

namespace gumbel::lanes {

namespace {

// One value per lane (GCC/Clang vector extensions: one AVX-512 register, two AVX2 ones, four SSE2 ones).
static_assert(kLanes == 8, "the lane vectors below hold 8 doubles");
typedef double Lanes __attribute__((vector_size(64)));
typedef std::int64_t Mask __attribute__((vector_size(64)));

GUMBEL_LANE_INLINE Lanes load(const double* p) {
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
GUMBEL_LANE_INLINE void store(double* p, Lanes v) { std::memcpy(p, &v, sizeof v); }
GUMBEL_LANE_INLINE Lanes splat(double x) { return Lanes{} + x; }
GUMBEL_LANE_INLINE Mask splat(std::int64_t x) { return Mask{} + x; }
GUMBEL_LANE_INLINE Mask loadWinners(const std::ptrdiff_t* winners) {
    Mask v;
    static_assert(sizeof(std::ptrdiff_t) == sizeof(std::int64_t));
    std::memcpy(&v, winners, sizeof v);
    return v;
}
// mask ? a : b, lane by lane (mask lanes are all ones or all zeros).
GUMBEL_LANE_INLINE Lanes select(Mask mask, Lanes a, Lanes b) { return (Lanes)((mask & (Mask)a) | (~mask & (Mask)b)); }

// The sum over j < k of term(j) in its fixed order: two partial sums (even j, odd j) added at the end, so that
// two chains of additions overlap; the one-sample formulas (GradientEstimators.cpp) add in the same order.
template <class Term>
GUMBEL_LANE_INLINE Lanes sumTerms(std::size_t k, const Term& term) {
    Lanes s0 = splat(0.0), s1 = splat(0.0);
    std::size_t j = 0;
    for (; j + 1 < k; j += 2) {
        s0 += term(j);
        s1 += term(j + 1);
    }
    if (j < k) s0 += term(j);
    return s0 + s1;
}

GUMBEL_LANE_INLINE void gapsBlock(double* x, const double* logP, std::size_t k, double invTau, double floorGap,
               std::ptrdiff_t* winners) {
    Lanes top = load(x) + logP[0];
    store(x, top);
    Mask best = splat(std::int64_t{0});
    for (std::size_t i = 1; i < k; ++i) {
        const Lanes value = load(x + i * kLanes) + logP[i];
        store(x + i * kLanes, value);
        const Mask above = value > top;
        best = (above & splat(static_cast<std::int64_t>(i))) | (~above & best);
        top = select(above, value, top);
    }
    const Lanes floor = splat(floorGap);
    for (std::size_t i = 0; i < k; ++i) {
        const Lanes gap = load(x + i * kLanes) - top;
        store(x + i * kLanes, select(gap > floor, gap, floor) * invTau);
    }
    std::memcpy(winners, &best, sizeof best);
}

GUMBEL_LANE_INLINE void normaliseBlock(double* c, std::size_t k) {
    Lanes sum = splat(0.0);
    for (std::size_t i = 0; i < k; ++i) sum += load(c + i * kLanes);
    const Lanes scale = 1.0 / sum;
    for (std::size_t i = 0; i < k; ++i) store(c + i * kLanes, load(c + i * kLanes) * scale);
}

// The terms of the one-sample formulas' sums. Each sum runs over i < k in two partial sums (even i, odd i), added
// at the end: the one-sample formulas' order. (The loops are written out in both blocks rather than given a
// lambda: a lambda's body is a function of its own, which GCC 14's sanitizer build left out of line unless
// marked always-inline; see GUMBEL_LANE_INLINE.)
GUMBEL_LANE_INLINE Lanes relaxedTerm(const double* c, const double* twiceWeights, const double* base, Lanes vm, std::size_t i) {
    const Lanes ci = load(c + i * kLanes);
    return ci * (vm - (twiceWeights[i] * ci + base[i]));
}

// Decoupled-st's: the backward point's C_i times (vm - grad f(forward point)_i).
GUMBEL_LANE_INLINE Lanes decoupledTerm(const double* forward, const double* backward, const double* twiceWeights,
                                       const double* base, Lanes vm, std::size_t i) {
    return load(backward + i * kLanes) * (vm - (twiceWeights[i] * load(forward + i * kLanes) + base[i]));
}

GUMBEL_LANE_INLINE Lanes straightThroughTerm(const double* c, const double* base, Mask z, Lanes vz, std::size_t i) {
    const Lanes v = select(z == static_cast<std::int64_t>(i), vz, splat(base[i]));
    return load(c + i * kLanes) * (vz - v);
}

// The first `count` lanes of row i into column l of out (out + l * k).
GUMBEL_LANE_INLINE void storeRow(Lanes row, std::size_t i, std::size_t k, std::size_t count, double* out) {
    double values[kLanes];
    store(values, row);
    if (count == kLanes) {  // a full block: a fixed loop, unrolled
        for (std::size_t l = 0; l < kLanes; ++l) out[l * k + i] = values[l];
        return;
    }
    for (std::size_t l = 0; l < count; ++l) out[l * k + i] = values[l];
}

}  // namespace

void softmaxBlocks(double* x, std::size_t blocks, const double* logP, std::size_t k, double tau,
                   std::ptrdiff_t* winners) {
    const double invTau = 1.0 / tau;
    const double floorGap = -800.0 * tau;  // gaps below this give exp(<= -800) == 0
    kernels::onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        for (std::size_t b = 0; b < blocks; ++b) {
            gapsBlock(x + b * k * kLanes, logP, k, invTau, floorGap, winners + b * kLanes);
        }
    });
    kernels::expNonPositive(x, blocks * k * kLanes);
    kernels::onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        for (std::size_t b = 0; b < blocks; ++b) normaliseBlock(x + b * k * kLanes, k);
    });
}

void relaxedBlock(const double* c, const std::ptrdiff_t* winners, const double* twiceWeights, const double* base,
                  std::size_t k, double invTau, std::size_t count, double* out) {
    kernels::onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        // v_i = grad f(C)_i, vm = v_z; s = sum_i C_i (vm - v_i) in two partial sums (even i, odd i).
        const Mask z = loadWinners(winners);
        Lanes vm = splat(0.0);
        for (std::size_t i = 0; i < k; ++i) {
            const Lanes v = twiceWeights[i] * load(c + i * kLanes) + base[i];
            vm = select(z == static_cast<std::int64_t>(i), v, vm);
        }
        const Lanes s = sumTerms(k, [&](std::size_t j) GUMBEL_VECTOR_BODY { return relaxedTerm(c, twiceWeights, base, vm, j); });
        for (std::size_t i = 0; i < k; ++i) {
            const Lanes ci = load(c + i * kLanes);
            storeRow(ci * (((twiceWeights[i] * ci + base[i]) - vm) + s) * invTau, i, k, count, out);
        }
    });
}

void decoupledBlock(const double* forward, const double* backward, const std::ptrdiff_t* winners,
                    const double* twiceWeights, const double* base, std::size_t k, double invTau, std::size_t count,
                    double* out) {
    kernels::onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        // relaxedBlock's arithmetic with v = grad f(C_f) and the Jacobian at C_b: v_i = grad f(C_f)_i, vm = v_z
        // (z is C_b's argmax too); s = sum_i C_b,i (vm - v_i); out_i = C_b,i ((v_i - vm) + s) / tau_b.
        const Mask z = loadWinners(winners);
        Lanes vm = splat(0.0);
        for (std::size_t i = 0; i < k; ++i) {
            const Lanes v = twiceWeights[i] * load(forward + i * kLanes) + base[i];
            vm = select(z == static_cast<std::int64_t>(i), v, vm);
        }
        const Lanes s = sumTerms(k, [&](std::size_t j) GUMBEL_VECTOR_BODY {
            return decoupledTerm(forward, backward, twiceWeights, base, vm, j);
        });
        for (std::size_t i = 0; i < k; ++i) {
            const Lanes v = twiceWeights[i] * load(forward + i * kLanes) + base[i];
            storeRow(load(backward + i * kLanes) * ((v - vm) + s) * invTau, i, k, count, out);
        }
    });
}

void straightThroughBlock(const double* c, const std::ptrdiff_t* winners, const double* twiceWeights,
                          const double* base, std::size_t k, double invTau, std::size_t count, double* out) {
    kernels::onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        // grad f(e_z) is base_i off the winner and vz = base_z + tw_z at it; s = sum_i C_i (vz - v_i).
        const Mask z = loadWinners(winners);
        Lanes vz = splat(0.0);
        for (std::size_t i = 0; i < k; ++i) vz = select(z == static_cast<std::int64_t>(i), splat(base[i] + twiceWeights[i]), vz);
        const Lanes s = sumTerms(k, [&](std::size_t j) GUMBEL_VECTOR_BODY { return straightThroughTerm(c, base, z, vz, j); });
        for (std::size_t i = 0; i < k; ++i) {
            const Lanes ci = load(c + i * kLanes);
            const Mask winner = z == static_cast<std::int64_t>(i);
            storeRow(select(winner, ci * s * invTau, ci * ((base[i] - vz) + s) * invTau), i, k, count, out);
        }
    });
}

}  // namespace gumbel::lanes
