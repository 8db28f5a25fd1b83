#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/TemperedSoftmax.h"

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(TemperedSoftmax, ValidatesTemperature) {
    EXPECT_TRUE(gumbel::validateTemperature(0.1).ok());
    EXPECT_FALSE(gumbel::validateTemperature(0.0).ok());
    EXPECT_FALSE(gumbel::validateTemperature(-1.0).ok());
    EXPECT_FALSE(gumbel::validateTemperature(kInf).ok());
    EXPECT_FALSE(gumbel::validateTemperature(std::nan("")).ok());
}

TEST(TemperedSoftmax, ColumnsMatchTheSingleColumnForm) {
    Eigen::MatrixXd z(4, 3);
    z << 0.1, -2, 3, -kInf, 1, 0, 2, -1e300, 0.5, 0.3, 0.2, -kInf;
    for (double tau : {1e-6, 0.1, 1.0, 1e6}) {
        Eigen::MatrixXd c = z;
        gumbel::temperedSoftmaxColumns(c, tau);
        for (Eigen::Index j = 0; j < z.cols(); ++j) {
            Eigen::VectorXd single(4);
            Eigen::VectorXd logC;
            gumbel::temperedSoftmax(z.col(j), tau, single, &logC);
            for (Eigen::Index i = 0; i < 4; ++i) {
                EXPECT_NEAR(c(i, j), single[i], 1e-14);
                EXPECT_FALSE(std::isnan(logC[i]));
            }
            EXPECT_NEAR(c.col(j).sum(), 1.0, 1e-14);
        }
        EXPECT_EQ(c(1, 0), 0.0);  // z = -inf gives exactly 0
        EXPECT_EQ(c(3, 2), 0.0);
    }
}

TEST(TemperedSoftmax, HardIsOneIndexEvenOnTies) {
    Eigen::MatrixXd z(3, 1);
    z << 1.0, 1.0, 0.0;
    gumbel::hardOneHotColumns(z);
    EXPECT_EQ(z(0, 0), 1.0);
    EXPECT_EQ(z(1, 0), 0.0);
    EXPECT_EQ(z.sum(), 1.0);
}
