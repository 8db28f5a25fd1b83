#pragma once
// Philox4x32-10 on AVX2 / AVX-512 registers, with the Gumbel transform done in registers: the kernels behind
// kernels::uniformBlock and kernels::uniformLanes. Internal to core/NoiseKernels.cpp, its only includer (built with
// -ffast-math, so that GCC calls libmvec's vector log): everything here is in an unnamed namespace, and exists where
// GUMBEL_X86_VECTOR_PATHS (core/VectorUnit.h) says the x86 vector paths do. Other compilers (clang, for the
// fuzzers) use the portable scalar path.
#include <cstddef>
#include <cstdint>

#include "core/NoiseKernels.h"
#include "core/VectorOps.h"

namespace gumbel::kernels {
namespace {

#ifdef GUMBEL_X86_VECTOR_PATHS
// GCC 12's own AVX-512 headers trip this warning (a false positive in set1).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

// Philox4x32-10 on SIMD registers. Lanes are Ops::kWidth consecutive columns with
// the same cell pair (or, for fewer columns than lanes, kWidth consecutive
// pairs of one column); kGroups such groups run interleaved to hide the
// multiply latency. Each 32-bit word sits in the low half of a 64-bit lane,
// so mul_epu32 gives the full 64-bit products. The double conversion ORs 52
// bits into the mantissa of 1.0: (1 + x 2^-52) - 1 + 2^-53 equals
// (x + 0.5) 2^-52 exactly, bit for bit the scalar openUniform.
constexpr int kGroups = 4;

// The kernel, written once for both units (see kernels::uniformBlock and uniformLanes for the layouts).
template <class Ops>
inline void philoxBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                        std::size_t columns, std::size_t cells, bool gumbel, bool lanes, double* out) {
    using VI = typename Ops::VI;
    using VD = typename Ops::VD;
    constexpr int W = Ops::kWidth;
    const VD zero = Ops::splat(0.0);
    const std::size_t pairs = (cells + 1) / 2;
    // Lanes run across columns (same pair), or, when there are fewer columns than lanes, over the (column, pair)
    // cells in storage order. In lane layout lanes always run across columns.
    const bool acrossPairs = !lanes && columns < W;
    const std::size_t groups = acrossPairs ? (columns * pairs + W - 1) / W : pairs * ((columns + W - 1) / W);
    const VI m0 = Ops::set1(0xD2511F53), m1 = Ops::set1(0xCD9E8D57), low32 = Ops::set1(0xFFFFFFFF);
    const VI oneBits = Ops::set1(0x3FF0000000000000LL);
    const VD oneD = Ops::splat(1.0), halfUlp = Ops::splat(0x1.0p-53);
    alignas(64) std::int64_t iota[W];
    for (int l = 0; l < W; ++l) iota[l] = l;
    const VI lane = Ops::load(iota);
    std::size_t pairAt = 0, columnAt = 0;  // the next cell pair to give a lane
    // Across pairs: lane l holds flat pair index f = column * pairs + pair, f = l for the first group, f + W for
    // the next: at most `wraps` carries from pair into column. (Kept in memory between groups, not in registers:
    // the column path needs all of those.)
    alignas(64) std::int64_t nextPair[W], nextColumn[W];
    for (std::int64_t l = 0, pair = 0, column = 0; l < W; ++l) {  // no division: a lane's own carry
        nextPair[l] = pair;
        nextColumn[l] = column;
        if (++pair == static_cast<std::int64_t>(pairs)) pair = 0, ++column;
    }
    const int wraps = static_cast<int>((W + pairs - 1) / pairs);
    for (std::size_t g0 = 0; g0 < groups; g0 += kGroups) {
        VI c0[kGroups], c1[kGroups], c2[kGroups], c3[kGroups];
        std::size_t groupPair[kGroups], groupColumn[kGroups];
        alignas(64) std::int64_t lanePair[kGroups][W], laneColumn[kGroups][W];
        for (int g = 0; g < kGroups; ++g) {
            groupPair[g] = pairAt;
            groupColumn[g] = columnAt;
            if (acrossPairs) {
                VI lanePairs = Ops::load(nextPair);
                VI laneColumns = Ops::load(nextColumn);
                c0[g] = lanePairs;
                c1[g] = Ops::add(laneColumns, Ops::set1(static_cast<std::int64_t>(firstColumn)));
                Ops::store(lanePair[g], lanePairs);
                Ops::store(laneColumn[g], laneColumns);
                Ops::nextLanes(lanePairs, laneColumns, Ops::set1(static_cast<std::int64_t>(pairs)), wraps);
                Ops::store(nextPair, lanePairs);
                Ops::store(nextColumn, laneColumns);
            } else {
                c0[g] = Ops::set1(static_cast<std::int64_t>(pairAt));
                c1[g] = Ops::add(Ops::set1(static_cast<std::int64_t>(firstColumn + columnAt)), lane);
                if (++pairAt == pairs) {
                    pairAt = 0;
                    columnAt += W;
                }
            }
            c2[g] = Ops::set1(static_cast<std::int64_t>(word2));
            c3[g] = Ops::set1(static_cast<std::int64_t>(word3));
        }
        std::uint32_t k0 = key[0], k1 = key[1];
        for (int round = 0; round < 10; ++round) {
            const VI key0 = Ops::set1(k0), key1 = Ops::set1(k1);
            for (int g = 0; g < kGroups; ++g) {
                const VI p0 = Ops::mulLow32(c0[g], m0);
                const VI p1 = Ops::mulLow32(c2[g], m1);
                c0[g] = Ops::bitXor(Ops::bitXor(Ops::shiftRight32(p1), c1[g]), key0);
                c2[g] = Ops::bitXor(Ops::bitXor(Ops::shiftRight32(p0), c3[g]), key1);
                c1[g] = Ops::bitAnd(p1, low32);
                c3[g] = Ops::bitAnd(p0, low32);
            }
            k0 += 0x9E3779B9u;
            k1 += 0xBB67AE85u;
        }
        for (int g = 0; g < kGroups && g0 + static_cast<std::size_t>(g) < groups; ++g) {
            alignas(64) double first[W], second[W];
            const VI b0 = Ops::shiftRight12(Ops::bitOr(Ops::shiftLeft32(c0[g]), c1[g]));
            const VI b1 = Ops::shiftRight12(Ops::bitOr(Ops::shiftLeft32(c2[g]), c3[g]));
            VD u0 = Ops::add(Ops::sub(Ops::asDouble(Ops::bitOr(b0, oneBits)), oneD), halfUlp);
            VD u1 = Ops::add(Ops::sub(Ops::asDouble(Ops::bitOr(b1, oneBits)), oneD), halfUlp);
            if (gumbel) {  // eps = -log(-log u), in registers
                u0 = Ops::sub(zero, Ops::log(Ops::sub(zero, Ops::log(u0))));
                u1 = Ops::sub(zero, Ops::log(Ops::sub(zero, Ops::log(u1))));
            }
            if (lanes) {  // cells 2 pair and 2 pair + 1 of W consecutive columns: contiguous runs
                const std::size_t column = groupColumn[g], pair = groupPair[g];
                double* at = out + (column / kLanes) * cells * kLanes + column % kLanes + 2 * pair * kLanes;
                Ops::storeUnaligned(at, u0);
                if (2 * pair + 1 < cells) Ops::storeUnaligned(at + kLanes, u1);
                continue;
            }
            if (acrossPairs && cells % 2 == 0 && (g0 + g + 1) * W <= columns * pairs) {
                // whole pairs in storage order: cell 2 f and 2 f + 1 for the flat pair index f
                Ops::storeInterleaved(out + 2 * (g0 + g) * W, u0, u1);
                continue;
            }
            Ops::store(first, u0);
            Ops::store(second, u1);
            for (int l = 0; l < W; ++l) {
                const std::size_t column =
                    acrossPairs ? static_cast<std::size_t>(laneColumn[g][l]) : groupColumn[g] + static_cast<std::size_t>(l);
                const std::size_t pair = acrossPairs ? static_cast<std::size_t>(lanePair[g][l]) : groupPair[g];
                if (column >= columns) break;
                double* at = out + column * cells + 2 * pair;
                at[0] = first[l];
                if (2 * pair + 1 < cells) at[1] = second[l];
            }
        }
    }
}

__attribute__((target("avx2"), flatten)) void uniformBlockAvx2(PhiloxKey key, std::uint32_t word2, std::uint32_t word3,
                                                               std::uint32_t firstColumn, std::size_t columns,
                                                               std::size_t cells, bool gumbel, bool lanes, double* out) {
    philoxBlock<Avx2Ops>(key, word2, word3, firstColumn, columns, cells, gumbel, lanes, out);
}

__attribute__((target("avx512f"), flatten)) void uniformBlockAvx512(PhiloxKey key, std::uint32_t word2,
                                                                    std::uint32_t word3, std::uint32_t firstColumn,
                                                                    std::size_t columns, std::size_t cells, bool gumbel,
                                                                    bool lanes, double* out) {
    philoxBlock<Avx512Ops>(key, word2, word3, firstColumn, columns, cells, gumbel, lanes, out);
}
#pragma GCC diagnostic pop
#endif

}  // namespace
}  // namespace gumbel::kernels
