#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/NoiseField.h"
#include "tests/support/StatChecks.h"

using gumbel::NoiseField;
using gumbel::Stream;

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
