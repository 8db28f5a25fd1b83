#include <gtest/gtest.h>

#include <cmath>
#include <utility>

#include "core/NumberParsing.h"

using gumbel::parseDouble;
using gumbel::parseDoubleList;
using gumbel::parseInteger;

struct BadNumber {
    const char* text;
    const char* mentions;
};

class ParseDoubleRejects : public ::testing::TestWithParam<BadNumber> {};

TEST_P(ParseDoubleRejects, NamesTheProblem) {
    const auto r = parseDouble(GetParam().text, "--tau");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("--tau"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find(GetParam().mentions), std::string::npos) << r.error();
}

INSTANTIATE_TEST_SUITE_P(Rows, ParseDoubleRejects,
                         ::testing::Values(BadNumber{"", "empty"}, BadNumber{"  ", "empty"}, BadNumber{"abc", "'abc'"},
                                           BadNumber{"1.5x", "'1.5x'"}, BadNumber{"nan", "NaN"},
                                           BadNumber{"0x10", "not a number"}, BadNumber{"1,5", "not a number"}));

TEST(ParseDouble, Accepts) {
    EXPECT_EQ(parseDouble("0.25", "x").value(), 0.25);
    EXPECT_EQ(parseDouble(" +3 ", "x").value(), 3.0);
    EXPECT_EQ(parseDouble("-inf", "x").value(), -INFINITY);
    EXPECT_EQ(parseDouble("1e-300", "x").value(), 1e-300);
    EXPECT_EQ(parseDouble("1e999", "x").value(), INFINITY);
    EXPECT_EQ(parseDouble("1e-999", "x").value(), 0.0);
}

TEST(ParseInteger, RangeAndForms) {
    EXPECT_EQ(parseInteger("1e5", "--n", 1, 1000000).value(), 100000);
    EXPECT_EQ(parseInteger("42", "--n", 1, 100).value(), 42);
    EXPECT_FALSE(parseInteger("0", "--n", 1, 100).ok());
    EXPECT_FALSE(parseInteger("101", "--n", 1, 100).ok());
    EXPECT_FALSE(parseInteger("2.5", "--n", 1, 100).ok());
    EXPECT_FALSE(parseInteger("1e30", "--n", 1, 100).ok());
    EXPECT_FALSE(parseInteger("99999999999999999999999", "--n", 1, 100).ok());
    EXPECT_NE(parseInteger("101", "--n", 1, 100).error().find("1 to 100"), std::string::npos);
}

TEST(ParseDoubleList, SeparatorsAndErrors) {
    EXPECT_EQ(parseDoubleList("1,2,3", "w").value(), (std::vector<double>{1, 2, 3}));
    EXPECT_EQ(parseDoubleList(" 1 2\t3\n", "w").value(), (std::vector<double>{1, 2, 3}));
    EXPECT_EQ(parseDoubleList("1, 2 ,3", "w").value(), (std::vector<double>{1, 2, 3}));
    const auto empty = parseDoubleList("1,,3", "w");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().find("value 2"), std::string::npos) << empty.error();
    EXPECT_FALSE(parseDoubleList("1,2,", "w").ok());
    EXPECT_FALSE(parseDoubleList("", "w").ok());
    const auto bad = parseDoubleList("1,x,3", "w");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("'x'"), std::string::npos) << bad.error();
}

TEST(FormatDouble, RoundTrips) {
    for (double v : {0.1, 1.0 / 3.0, 1e-300, 123456789.123456789, 0.0}) {
        EXPECT_EQ(parseDouble(gumbel::formatDouble(v), "v").value(), v);
    }
}

// Limits in help texts and messages read as a person writes them, and read back as the same number.
TEST(FormatLimit, ReadsAsWrittenAndRoundTrips) {
    const std::pair<double, const char*> cases[] = {{1e-4, "1e-4"}, {0.001, "0.001"}, {0.01, "0.01"}, {0.05, "0.05"},
                                                   {1.0, "1"},      {20.0, "20"},     {1000.0, "1000"}, {1e7, "1e7"},
                                                   {2147483647.0, "2147483647"},       {0.0, "0"},      {-1e-4, "-1e-4"}};
    for (const auto& [value, text] : cases) {
        EXPECT_EQ(gumbel::formatLimit(value), text);
        EXPECT_EQ(parseDouble(gumbel::formatLimit(value), "v").value(), value);
    }
    EXPECT_EQ(gumbel::formatRange(1e-4, 1000.0), "1e-4 to 1000");
}
