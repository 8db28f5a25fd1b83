#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "core/WeightsFile.h"

using gumbel::parseWeightsText;

struct Good {
    const char* text;
    std::vector<double> weights;
};
class WeightsFileAccepts : public ::testing::TestWithParam<Good> {};
TEST_P(WeightsFileAccepts, Layouts) {
    const auto r = parseWeightsText(GetParam().text, "w.txt");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r.value(), GetParam().weights);
}
INSTANTIATE_TEST_SUITE_P(Rows, WeightsFileAccepts,
                         ::testing::Values(Good{"1\n2\n3\n", {1, 2, 3}}, Good{"1,2,3", {1, 2, 3}}, Good{"1 2\t3", {1, 2, 3}},
                                           Good{"weight\n0.5\n0.25\n", {0.5, 0.25}}, Good{"p,q\n1,2\n3,4\n", {1, 2, 3, 4}},
                                           Good{"\xEF\xBB\xBF" "1\r\n2\r\n", {1, 2}}, Good{"# comment\n1\n\n2\n", {1, 2}},
                                           Good{"0\n1e-300\n", {0, 1e-300}}));

struct Bad {
    const char* text;
    const char* mentions;
};
class WeightsFileRejects : public ::testing::TestWithParam<Bad> {};
TEST_P(WeightsFileRejects, NamesLineAndColumn) {
    const auto r = parseWeightsText(GetParam().text, "w.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find(GetParam().mentions), std::string::npos) << r.error();
}
INSTANTIATE_TEST_SUITE_P(Rows, WeightsFileRejects,
                         ::testing::Values(Bad{"1\n-2\n", "w.txt:2:1: weight '-2' is negative"},
                                           Bad{"1,2,nan", "w.txt:1:5: 'nan' is not a number"},
                                           Bad{"1\n2 inf\n", "w.txt:2:3: weight 'inf' is infinite"},
                                           Bad{"1\n2\nabc\n", "w.txt:3:1: 'abc' is not a number"},
                                           Bad{"", "no weights found"}, Bad{"weight\n", "no weights found"},
                                           Bad{"0\n0\n0", "all 3 weights are zero"},
                                           Bad{"1,2x,3", "w.txt:1:3: '2x' is not a number"}));

TEST(WeightsFile, MoreThanAThousandValues) {
    std::string text;
    for (int i = 0; i < 1001; ++i) text += "1\n";
    const auto r = parseWeightsText(text, "w.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("w.txt:1001:1: more than 1000 weights"), std::string::npos) << r.error();
}

TEST(WeightsFile, TooLargeAndMissingFiles) {
    EXPECT_NE(gumbel::readWeightsFile("/nonexistent/w.txt").error().find("cannot open"), std::string::npos);
    EXPECT_NE(gumbel::readWeightsFile("/tmp").error().find("is a folder"), std::string::npos);
    const std::string path = ::testing::TempDir() + "big_weights.txt";
    {
        std::ofstream out(path);
        out << std::string(gumbel::kMaxWeightsFileBytes + 10, ' ');
    }
    const auto r = gumbel::readWeightsFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("more than the limit"), std::string::npos) << r.error();
    std::remove(path.c_str());
}
