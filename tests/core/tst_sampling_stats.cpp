#include <gtest/gtest.h>

#include <cmath>

#include "core/SamplingStats.h"

using gumbel::MHotSample;
using gumbel::SamplingStats;

TEST(SamplingStats, CountsHistogramsAndMeans) {
    SamplingStats stats(3, 4, true);
    const double a[3] = {0.1, 0.7, 0.2};
    const double b[3] = {0.995, 0.005, 0.0};
    stats.addOneHot(a);
    stats.addOneHot(b);
    EXPECT_EQ(stats.oneHotSamples(), 2);
    EXPECT_EQ(stats.argmaxCounts(), (std::vector<long long>{1, 1, 0}));
    EXPECT_NEAR(stats.meanC()[0], 0.5475, 1e-14);
    EXPECT_EQ(stats.nearOneHotCount(), 1);
    EXPECT_EQ(stats.cHistogram(1)[2], 1);  // 0.7 in [0.5, 0.75)
    EXPECT_EQ(stats.cHistogram(0)[3], 1);  // 0.995 in the last bin
    EXPECT_EQ(stats.maxHistogram()[2] + stats.maxHistogram()[3], 2);
    EXPECT_NEAR(stats.meanMax(), (0.7 + 0.995) / 2, 1e-14);
    const double entropyA = -(0.1 * std::log(0.1) + 0.7 * std::log(0.7) + 0.2 * std::log(0.2));
    const double entropyB = -(0.995 * std::log(0.995) + 0.005 * std::log(0.005));
    EXPECT_NEAR(stats.meanEntropy(), (entropyA + entropyB) / 2, 1e-12);

    MHotSample s;
    s.order = {2, 0};
    s.s = Eigen::Vector3d(1.0, 0.0, 0.25);
    s.draws = 5;
    stats.addMHot(s);
    EXPECT_EQ(stats.inclusionCounts(), (std::vector<long long>{1, 0, 1}));
    EXPECT_EQ(stats.totalDraws(), 5);
    EXPECT_EQ(stats.rejectedHistogram()[3], 1);
    EXPECT_EQ(stats.sHistogram()[0] + stats.sHistogram()[1] + stats.sHistogram()[3], 3);
}

TEST(SamplingStats, MergeIsOrderIndependent) {
    SamplingStats x(2, 3, true), y(2, 3, true), xy(2, 3, true), yx(2, 3, true);
    const double a[2] = {0.1234567890123, 0.8765432109877};
    const double b[2] = {0.333333333333333, 0.666666666666667};
    x.addOneHot(a);
    y.addOneHot(b);
    xy.merge(x);
    xy.merge(y);
    yx.merge(y);
    yx.merge(x);
    EXPECT_EQ(xy.meanC(), yx.meanC());
    EXPECT_EQ(xy.meanEntropy(), yx.meanEntropy());
}
