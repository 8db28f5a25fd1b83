#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <cmath>
#include <vector>

#include "core/NoiseField.h"
#include "core/NoiseKernels.h"
#include "core/VectorUnit.h"
#include "tests/support/StatChecks.h"

using gumbel::NoiseField;
using gumbel::Stream;

// ctest runs this executable once per vector unit (GUMBEL_SIMD, tests/CMakeLists.txt): the switch must reach the
// kernels, or the AVX2 and plain runs of an AVX-512 machine would test the AVX-512 code three times.
TEST(VectorUnit, IsTheOneGumbelSimdAsksFor) {
    using gumbel::kernels::VectorUnit;
    const char* asked = std::getenv("GUMBEL_SIMD");
    const std::string word = asked != nullptr ? asked : "";
    const VectorUnit unit = gumbel::kernels::vectorUnit();
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
    const VectorUnit machine = __builtin_cpu_supports("avx512f") ? VectorUnit::Avx512
                               : __builtin_cpu_supports("avx2") ? VectorUnit::Avx2
                                                                 : VectorUnit::Plain;
    if (word == "none") EXPECT_EQ(unit, VectorUnit::Plain);
    else if (word == "avx2" && machine != VectorUnit::Plain) EXPECT_EQ(unit, VectorUnit::Avx2);
    else EXPECT_EQ(unit, machine);
#else
    EXPECT_EQ(unit, VectorUnit::Plain);
#endif
    std::printf("vector unit in use: %s\n", gumbel::kernels::vectorUnitName(unit));
}

TEST(NoiseField, BlockEqualsCellByCell) {
    const NoiseField noise(42);
    // Fewer columns than SIMD lanes take another path (lanes over the cells in storage order).
    for (std::size_t cells : {1u, 2u, 3u, 7u, 10u, 22u, 33u}) {
        for (std::size_t columns : {1u, 3u, 5u, 7u, 19u}) {
            std::vector<double> block(cells * columns);
            noise.uniforms(Stream::Matrix, 5, 100, columns, cells, block.data());
            for (std::size_t j = 0; j < columns; ++j) {
                for (std::size_t i = 0; i < cells; ++i) {
                    ASSERT_EQ(block[j * cells + i],
                              noise.uniform(Stream::Matrix, 5, static_cast<std::uint32_t>(100 + j), static_cast<std::uint32_t>(i)))
                        << "cells " << cells << " columns " << columns << " column " << j << " cell " << i;
                }
            }
        }
    }
}

TEST(NoiseField, GrowingTheBlockKeepsExistingColumns) {
    const NoiseField noise(7);
    std::vector<double> small(10 * 4);
    std::vector<double> large(10 * 9);
    noise.gumbels(Stream::Matrix, 0, 0, 4, 10, small.data());
    noise.gumbels(Stream::Matrix, 0, 0, 9, 10, large.data());
    for (std::size_t i = 0; i < small.size(); ++i) EXPECT_EQ(small[i], large[i]);
}

TEST(NoiseField, LaneLayoutHoldsTheSameGumbels) {
    // gumbelLanes (8 columns side by side, for work across samples) = gumbels, bit for bit.
    const NoiseField noise(11);
    for (std::size_t cells : {1u, 2u, 3u, 7u, 10u, 33u}) {
        for (std::size_t blocks : {1u, 3u}) {
            const std::size_t columns = blocks * 8;
            std::vector<double> byColumn(cells * columns), lanes(cells * columns);
            noise.gumbels(Stream::Gradient, 2, 77, columns, cells, byColumn.data());
            noise.gumbelLanes(Stream::Gradient, 2, 77, blocks, cells, lanes.data());
            for (std::size_t j = 0; j < columns; ++j) {
                for (std::size_t i = 0; i < cells; ++i) {
                    ASSERT_EQ(lanes[((j / 8) * cells + i) * 8 + j % 8], byColumn[j * cells + i])
                        << "cells " << cells << " column " << j << " cell " << i;
                }
            }
        }
    }
}

TEST(NoiseField, SeedsAndStreamsDiffer) {
    EXPECT_NE(NoiseField(1).uniform(Stream::Matrix, 0, 0, 0), NoiseField(2).uniform(Stream::Matrix, 0, 0, 0));
    EXPECT_NE(NoiseField(1).uniform(Stream::Matrix, 0, 0, 0), NoiseField(1).uniform(Stream::OneHot, 0, 0, 0));
    EXPECT_NE(NoiseField(1).uniform(Stream::Matrix, 0, 0, 0), NoiseField(1).uniform(Stream::Matrix, 1, 0, 0));
}

TEST(NoiseField, UniformsAreUniform) {
    const NoiseField noise(3);
    std::vector<double> u(200000);
    noise.uniforms(Stream::OneHot, 0, 0, 20000, 10, u.data());
    for (double x : u) ASSERT_TRUE(x > 0.0 && x < 1.0);
    const double d = gumbel::testing::ksStatistic(u, [](double x) { return x; });
    EXPECT_LT(d, gumbel::testing::ksCritical(u.size()));
}

TEST(NoiseField, GumbelsFollowTheGumbelLaw) {
    const NoiseField noise(11);
    std::vector<double> eps(100000);
    noise.gumbels(Stream::Matrix, 0, 0, 10000, 10, eps.data());
    double mean = 0.0;
    for (double e : eps) {
        ASSERT_TRUE(std::isfinite(e));
        mean += e;
    }
    mean /= static_cast<double>(eps.size());
    // Mean: Euler's constant; sd pi/sqrt(6) -> standard error 0.0041; 5 se.
    EXPECT_NEAR(mean, 0.5772156649, 0.02);
    const double d = gumbel::testing::ksStatistic(eps, [](double g) { return std::exp(-std::exp(-g)); });
    EXPECT_LT(d, gumbel::testing::ksCritical(eps.size()));
}

TEST(NoiseField, VectorKernelMatchesScalarFormula) {
    const NoiseField noise(5);
    std::vector<double> u(1000);
    std::vector<double> eps(1000);
    noise.uniforms(Stream::Matrix, 0, 0, 100, 10, u.data());
    noise.gumbels(Stream::Matrix, 0, 0, 100, 10, eps.data());
    for (std::size_t i = 0; i < u.size(); ++i) {
        EXPECT_NEAR(eps[i], NoiseField::gumbelFromUniform(u[i]), 1e-13 * (1.0 + std::fabs(eps[i])));
    }
}

TEST(NoiseKernels, ExpOfNonPositiveIsExactToAFewUlpsAndFlushesSubnormalsToZero) {
    // The vector exp's fast range ends near -708; below -707 the kernel shifts, below log(2^-1022) it returns 0.
    std::vector<double> x;
    for (double v = -800.0; v <= 0.0; v += 0.01171875) x.push_back(v);
    for (double v : {-708.3964185322641, -708.39641853226, -708.3964185322642, -708.0, -707.0000001, -707.0, -706.99,
                     -745.2, -745.1, 0.0, -0.0, -1e-300}) {
        x.push_back(v);
    }
    for (std::size_t length : {x.size(), std::size_t{3}, std::size_t{13}}) {  // also tails shorter than a packet
        std::vector<double> y(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(length));
        gumbel::kernels::expNonPositive(y.data(), y.size());
        for (std::size_t i = 0; i < y.size(); ++i) {
            const long double exact = std::exp(static_cast<long double>(x[i]));
            if (exact < 2.2250738585072014e-308L) {
                EXPECT_EQ(y[i], 0.0) << "x = " << x[i];
            } else {
                EXPECT_NEAR(y[i], static_cast<double>(exact), 1e-15 * static_cast<double>(exact)) << "x = " << x[i];  // libmvec: 4 ulps
            }
        }
    }
}

TEST(NoiseKernels, ExponentialClocksAreMinusLogToAFewUlps) {
    // -log(u) against long double over every scale of u: the smallest uniform (2^-53), the largest (1 - 2^-53),
    // where the result is 1.1e-16 and must keep its relative accuracy, and the binade edges of the mantissa split.
    std::vector<double> u = {0x1.0p-53, 0x1.8p-53, 1.0 - 0x1.0p-53, 1.0 - 0x1.0p-52, 1.0 - 1e-10, 0.75, 0.75 - 0x1.0p-53,
                             0.5, 0.5 + 0x1.0p-53, 0.375, 0x1.7ffffffffffffp-1, 0.999};
    for (double v = 0x1.0p-53; v < 1.0; v *= 1.013) u.push_back(v);
    for (double d = 0x1.0p-53; d < 0.5; d *= 1.7) u.push_back(1.0 - d);
    for (std::size_t length : {u.size(), std::size_t{5}, std::size_t{13}}) {  // also tails shorter than a packet
        std::vector<double> e(length);
        gumbel::kernels::exponentialFromUniform(u.data(), e.data(), length);
        for (std::size_t i = 0; i < length; ++i) {
            const long double exact = -std::log(static_cast<long double>(u[i]));
            EXPECT_NEAR(e[i], static_cast<double>(exact), 4.5e-16 * static_cast<double>(exact)) << "u = " << u[i];
        }
    }
}

TEST(NoiseKernels, TruncatedWeightsArePowersOfOnePlusY) {
    // (1 + y)^(-1/tau) against long double, and exactly 0 where that is below 2^-1022.
    for (double invTau : {0.001, 1.0, 10.0, 1e4, 1e300}) {
        std::vector<double> y;
        for (double v = 1e-20; v < 1e250; v *= 3.7) y.push_back(v);
        for (double v = 0.0; v < 4.0; v += 0.0137) y.push_back(v);  // every part of the mantissa split
        for (double v : {0.0, 1e-300, 0x1.0p-53, 0.4999999999999999, 0.5, 0.5000000000000001, 1.0, 1e300}) y.push_back(v);
        std::vector<double> w = y;
        gumbel::kernels::truncatedWeights(w.data(), w.size(), invTau);
        for (std::size_t i = 0; i < y.size(); ++i) {
            const long double exponent = std::max(-std::log1p(static_cast<long double>(y[i])) * invTau, -800.0L);
            const long double exact = std::exp(exponent);
            if (exact < 2.2250738585072014e-308L) {
                EXPECT_EQ(w[i], 0.0) << "y = " << y[i] << " 1/tau = " << invTau;
            } else {
                // exp turns the exponent's rounding into a relative error of about |exponent| ulps
                const double tolerance = 1e-15 * static_cast<double>(exact) * (1.0 + std::fabs(static_cast<double>(exponent)));
                EXPECT_NEAR(w[i], static_cast<double>(exact), tolerance) << "y = " << y[i] << " 1/tau = " << invTau;
            }
        }
    }
}

TEST(NoiseField, NormalQuantileInvertsTheNormalCdf) {
    // Phi(x) from erfc against u, relative in the lower tail, absolute near 1 (where 1 - u has few digits).
    for (double u : {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.02, 0.0243, 0.0243, 0.3, 0.5, 0.7, 0.975, 0.99,
                     1.0 - 1e-10, 1.0 - 0x1.0p-53}) {
        const double x = NoiseField::normalQuantile(u);
        const double phi = 0.5 * std::erfc(-x / std::sqrt(2.0));
        EXPECT_NEAR(phi, u, 1e-13 * std::min(u, 1.0 - u)) << "u = " << u;
    }
    EXPECT_EQ(NoiseField::normalQuantile(0.5), 0.0);
}

TEST(NoiseField, StandInNoisesHaveGumbelsVarianceAndTheirOwnLaw) {
    // The stand-ins of the "why Gumbel?" switch: same cells, same uniforms, variance pi^2 / 6.
    const NoiseField noise(12);
    const double sigma = M_PI / std::sqrt(6.0);
    std::vector<double> u(100000), gauss(100000), flat(100000), none(100000, 1.0);
    noise.uniforms(Stream::OneHot, 0, 0, 10000, 10, u.data());
    noise.noise(gumbel::NoiseKind::Gaussian, Stream::OneHot, 0, 0, 10000, 10, gauss.data());
    noise.noise(gumbel::NoiseKind::Uniform, Stream::OneHot, 0, 0, 10000, 10, flat.data());
    noise.noise(gumbel::NoiseKind::None, Stream::OneHot, 0, 0, 10000, 10, none.data());
    for (std::size_t i = 0; i < u.size(); ++i) {
        ASSERT_EQ(gauss[i], NoiseField::gaussianFromUniform(u[i]));
        ASSERT_EQ(flat[i], NoiseField::uniformNoiseFromUniform(u[i]));
        ASSERT_EQ(none[i], 0.0);
    }
    const double dGauss =
        gumbel::testing::ksStatistic(gauss, [sigma](double x) { return 0.5 * std::erfc(-x / (sigma * std::sqrt(2.0))); });
    EXPECT_LT(dGauss, gumbel::testing::ksCritical(gauss.size()));
    const double half = M_PI / std::sqrt(2.0);
    const double dFlat = gumbel::testing::ksStatistic(flat, [half](double x) { return std::clamp((x + half) / (2 * half), 0.0, 1.0); });
    EXPECT_LT(dFlat, gumbel::testing::ksCritical(flat.size()));
    for (const std::vector<double>* v : {&gauss, &flat}) {
        double mean = 0.0, square = 0.0;
        for (double x : *v) mean += x;
        mean /= static_cast<double>(v->size());
        for (double x : *v) square += (x - mean) * (x - mean);
        // Variance pi^2/6 = 1.645; its standard error at n = 1e5 is under 0.011: 5 se.
        EXPECT_NEAR(square / static_cast<double>(v->size() - 1), sigma * sigma, 0.055);
    }
}

TEST(NoiseField, NoiseKindNamesRoundTrip) {
    for (gumbel::NoiseKind kind : {gumbel::NoiseKind::Gumbel, gumbel::NoiseKind::Gaussian, gumbel::NoiseKind::Uniform,
                                   gumbel::NoiseKind::None}) {
        gumbel::NoiseKind parsed = gumbel::NoiseKind::None;
        ASSERT_TRUE(gumbel::parseNoiseKind(gumbel::noiseKindName(kind), parsed));
        EXPECT_EQ(parsed, kind);
    }
    gumbel::NoiseKind parsed = gumbel::NoiseKind::Gaussian;
    EXPECT_FALSE(gumbel::parseNoiseKind("gumble", parsed));
    EXPECT_EQ(parsed, gumbel::NoiseKind::Gaussian);
}

namespace {
// Values spread over [lo, hi] (a fixed sequence: every length also has a tail shorter than a packet).
std::vector<double> spread(std::size_t n, double lo, double hi) {
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i) x[i] = lo + (hi - lo) * std::fmod(0.6180339887498949 * static_cast<double>(i + 1), 1.0);
    return x;
}
constexpr std::size_t kLengths[] = {1, 7, 8, 9, 16, 23, 100, 1001};
}  // namespace

TEST(NoiseKernels, SumsRunInTheirDocumentedOrderBitForBit) {
    // sumOf: eight partial sums over i mod 8 in whole packets, combined pairwise, then the tail in order. The same
    // bits on every vector unit (the file is built without -ffast-math, so the compiler may not reorder).
    for (std::size_t n : kLengths) {
        const std::vector<double> x = spread(n, -1.0, 1e6);
        double partial[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            for (std::size_t l = 0; l < 8; ++l) partial[l] += x[i + l];
        }
        double tail = 0.0;
        for (; i < n; ++i) tail += x[i];
        const double expected = (((partial[0] + partial[1]) + (partial[2] + partial[3])) +
                                 ((partial[4] + partial[5]) + (partial[6] + partial[7]))) + tail;
        EXPECT_EQ(gumbel::kernels::sumOf(x.data(), n), expected) << "n = " << n;
        std::vector<double> column = x;  // one column: divided by that sum
        gumbel::kernels::normaliseColumns(column.data(), n, 1);
        for (std::size_t r = 0; r < n; ++r) ASSERT_EQ(column[r], x[r] * (1.0 / expected)) << "n = " << n << " row " << r;
    }
}

TEST(NoiseKernels, ClockRatiosAndTheWinnerSearchAreExact) {
    for (std::size_t n : kLengths) {
        const std::vector<double> e = spread(n, 1e-3, 40.0), inverseP = spread(n + 3, 1.0, 1e4);
        std::vector<double> y(n);
        gumbel::kernels::clockRatios(e.data(), inverseP.data(), 0.37, y.data(), n);
        for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(y[i], e[i] * inverseP[i] * 0.37) << "n = " << n << " i " << i;
        std::vector<double> prefix(n);
        for (std::size_t i = 0; i < n; ++i) prefix[i] = static_cast<double>(i) / static_cast<double>(n);
        for (double target : {-1.0, 0.0, 0.3, 0.999, 2.0}) {
            std::size_t expected = n;
            for (std::size_t i = 0; i < n; ++i) {
                if (prefix[i] > target) {
                    expected = i;
                    break;
                }
            }
            EXPECT_EQ(gumbel::kernels::firstAbove(prefix.data(), n, target), expected) << "n = " << n << " target " << target;
        }
    }
}

TEST(NoiseKernels, SoftmaxColumnsAgreeWithLongDouble) {
    // Short (k < 16) and long columns, with and without an offset, at tau from 0.05 to 20; columns sum to 1.
    for (std::size_t rows : {2u, 5u, 15u, 16u, 17u, 40u, 300u}) {
        const std::size_t cols = 9;
        const std::vector<double> x = spread(rows * cols, -6.0, 6.0), offset = spread(rows, -3.0, 0.0);
        for (double tau : {0.05, 1.0, 20.0}) {
            for (bool withOffset : {false, true}) {
                std::vector<double> c = x;
                gumbel::kernels::softmaxColumns(c.data(), withOffset ? offset.data() : nullptr, rows, cols, tau);
                for (std::size_t j = 0; j < cols; ++j) {
                    long double top = -1e300L, sum = 0.0L;
                    for (std::size_t i = 0; i < rows; ++i) top = std::max(top, static_cast<long double>(x[j * rows + i]) + (withOffset ? offset[i] : 0.0));
                    for (std::size_t i = 0; i < rows; ++i) sum += std::exp((x[j * rows + i] + (withOffset ? offset[i] : 0.0) - top) / tau);
                    for (std::size_t i = 0; i < rows; ++i) {
                        const long double exact = std::exp((x[j * rows + i] + (withOffset ? offset[i] : 0.0) - top) / tau) / sum;
                        ASSERT_NEAR(c[j * rows + i], static_cast<double>(exact), 1e-13 + 1e-12 * static_cast<double>(exact))
                            << "rows " << rows << " tau " << tau << " column " << j << " row " << i;
                    }
                }
            }
        }
    }
}

TEST(NoiseKernels, TruncatedGumbelsAgreeWithTheirFormulas) {
    // truncateAt: -log(exp(-top) + exp(-g)); truncatedGaps: -log(1 + exp(top - x)), against long double.
    for (std::size_t n : kLengths) {
        const std::vector<double> g = spread(n, -30.0, 30.0);
        for (double top : {-5.0, 0.0, 2.5}) {
            std::vector<double> t = g, gaps = g;
            gumbel::kernels::truncateAt(t.data(), n, top);
            gumbel::kernels::truncatedGaps(gaps.data(), n, top);
            for (std::size_t i = 0; i < n; ++i) {
                const long double x = g[i];
                const long double truncated = -std::log(std::exp(-static_cast<long double>(top)) + std::exp(-x));
                const long double gap = -std::log1p(std::exp(static_cast<long double>(top) - x));
                ASSERT_NEAR(t[i], static_cast<double>(truncated), 1e-14 * (1.0 + std::fabs(static_cast<double>(truncated))))
                    << "g = " << g[i] << " top " << top;
                ASSERT_NEAR(gaps[i], static_cast<double>(gap), 1e-14 * (1.0 + std::fabs(static_cast<double>(gap))) + 1e-300)
                    << "g = " << g[i] << " top " << top;
            }
        }
    }
}

TEST(NoiseKernels, GumbelNoiseIsMinusLogMinusLogU) {
    for (std::size_t n : kLengths) {
        const std::vector<double> u = spread(n, 1e-12, 1.0 - 1e-12);
        std::vector<double> eps(n);
        gumbel::kernels::gumbelFromUniform(u.data(), eps.data(), n);
        for (std::size_t i = 0; i < n; ++i) {
            const long double exact = -std::log(-std::log(static_cast<long double>(u[i])));
            ASSERT_NEAR(eps[i], static_cast<double>(exact), 1e-13 * (1.0 + std::fabs(eps[i]))) << "u = " << u[i];
        }
    }
}

TEST(NoiseKernels, EmptyBlocksWriteNothing) {
    // NoiseKernels.h: no cells, columns, rows or values is allowed everywhere and touches nothing.
    std::vector<double> guard(16, 7.0);
    const gumbel::PhiloxKey key{1, 2};
    gumbel::kernels::uniformBlock(key, 0, 0, 0, 5, 0, true, guard.data());
    gumbel::kernels::uniformBlock(key, 0, 0, 0, 0, 5, false, guard.data());
    gumbel::kernels::uniformLanes(key, 0, 0, 0, 2, 0, true, guard.data());
    gumbel::kernels::uniformLanes(key, 0, 0, 0, 0, 3, true, guard.data());
    gumbel::kernels::softmaxColumns(guard.data(), nullptr, 0, 4, 1.0);
    gumbel::kernels::softmaxColumns(guard.data(), nullptr, 20, 0, 1.0);
    gumbel::kernels::normaliseColumns(guard.data(), 0, 3);
    gumbel::kernels::gumbelFromUniform(guard.data(), guard.data(), 0);
    gumbel::kernels::expNonPositive(guard.data(), 0);
    EXPECT_EQ(gumbel::kernels::sumOf(guard.data(), 0), 0.0);
    EXPECT_EQ(gumbel::kernels::firstAbove(guard.data(), 0, 0.0), 0u);
    for (double v : guard) EXPECT_EQ(v, 7.0);
}
