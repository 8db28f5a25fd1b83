#include <gtest/gtest.h>

#include "app/cli/CliOptions.h"

using gumbel::cli::Command;
using gumbel::cli::parseCliArguments;

struct BadArgs {
    std::vector<std::string> args;
    const char* mentions;
};

class CliRejects : public ::testing::TestWithParam<BadArgs> {};
TEST_P(CliRejects, WithTheReason) {
    const auto r = parseCliArguments(GetParam().args);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find(GetParam().mentions), std::string::npos) << r.error();
    EXPECT_EQ(r.error().find('\n'), std::string::npos);
}
INSTANTIATE_TEST_SUITE_P(
    Rows, CliRejects,
    ::testing::Values(
        BadArgs{{}, "no command"}, BadArgs{{"sing"}, "unknown command 'sing'"},
        BadArgs{{"onehot", "--n", "3"}, "no distribution"},
        BadArgs{{"onehot", "--probs", "1,2", "--dist", "uniform", "--n", "3"}, "only one of"},
        BadArgs{{"onehot", "--probs", "1,-2", "--n", "3"}, "negative"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "0"}, "--n"},
        BadArgs{{"onehot", "--probs", "1,2"}, "needs --n"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--tau", "0"}, "must be > 0"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--tau", "nan"}, "NaN"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--tau"}, "needs a value"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--d", "4"}, "not valid for 'onehot'"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--n", "4"}, "twice"},
        BadArgs{{"onehot", "--dist", "zipf", "--n", "3"}, "needs --k"},
        BadArgs{{"onehot", "--dist", "zipf", "--k", "0", "--n", "3"}, "--k"},
        BadArgs{{"onehot", "--probs", "1,2", "--k", "2", "--n", "3"}, "--k goes with --dist"},
        BadArgs{{"onehot", "--logits", "0,inf", "--n", "3"}, "+inf"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--format", "xml"}, "unknown format 'xml'"},
        BadArgs{{"onehot", "--dist", "uniform", "--k", "1000000", "--n", "4000000000"}, "limit"},
        BadArgs{{"matrix", "--dist", "uniform", "--k", "100000", "--d", "100000"}, "would not fit in memory"},
        BadArgs{{"mhot", "--probs", "1,0,2", "--m", "3", "--n", "1"}, "--m"},
        BadArgs{{"mhot", "--probs", "1,2", "--n", "1"}, "needs --m"},
        BadArgs{{"mhot", "--probs", "1,2", "--m", "1", "--n", "1", "--method", "magic"}, "unknown method 'magic'"},
        BadArgs{{"mhot", "--probs", "1,2", "--m", "1", "--n", "1", "--emit", "v"}, "unknown value 'v'"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--threads", "0"}, "--threads"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--seed", "-1"}, "--seed"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--hard=yes"}, "takes no value"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "stray"}, "unexpected argument 'stray'"},
        BadArgs{{"gradient", "--probs", "1,2", "--estimator", "relaxed", "--n", "3"}, "needs --target"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--n", "3"}, "needs --estimator"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--estimator", "relaxed"}, "needs --n"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1,2", "--estimator", "relaxed", "--n", "3"},
                "--target has 3 values but there are k = 2"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--weights", "1", "--estimator", "relaxed", "--n", "3"},
                "--weights has 1 values"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,nan", "--estimator", "relaxed", "--n", "3"}, "NaN"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--weights", "1,-inf", "--estimator", "relaxed",
                 "--n", "3"}, "--weights value 2 is -inf"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--estimator", "rao", "--n", "3"},
                "unknown estimator 'rao'"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--estimator", "gumbel-rao", "--conditional", "0",
                 "--n", "3"}, "--conditional"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--estimator", "relaxed", "--conditional", "4",
                 "--n", "3"}, "goes with --estimator gumbel-rao"},
        BadArgs{{"gradient", "--probs", "1,2", "--target", "0,1", "--estimator", "relaxed", "--tau", "2e3", "--n", "3"},
                "out of range for gradients"},
        BadArgs{{"theory", "--probs", "1,2", "--weights", "1,1"}, "--weights goes with --target"},
        BadArgs{{"onehot", "--probs", "1,2", "--n", "3", "--target", "0,1"}, "not valid for 'onehot'"}));

TEST(CliOptions, ParsesAGradientCommand) {
    const auto r = parseCliArguments({"gradient", "--logits", "0,1,2", "--target", "0.5,0,0.5", "--weights", "1,2,3",
                                      "--estimator", "gumbel-rao", "--n", "10", "--tau", "0.5"});
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->command, Command::Gradient);
    EXPECT_EQ(r->estimator, gumbel::Estimator::GumbelRao);
    EXPECT_EQ(r->conditional, 10);  // the default K
    EXPECT_EQ(r->objective->weights()[2], 3.0);
    EXPECT_EQ(r->objective->target()[0], 0.5);
    const auto k = parseCliArguments({"gradient", "--probs", "1,1", "--target", "0,0", "--estimator", "gumbel-rao",
                                      "--conditional", "1e4", "--n", "1"});
    ASSERT_TRUE(k.ok()) << k.error();
    EXPECT_EQ(k->conditional, 10000);
    EXPECT_EQ(k->objective->weights(), Eigen::VectorXd::Ones(2));  // w = 1 by default
}

TEST(CliOptions, ParsesAFullCommand) {
    const auto r = parseCliArguments({"mhot", "--dist=zipf:1.5", "--k", "7", "--m", "3", "--n", "1e3", "--tau", "0.5",
                                      "--seed", "42", "--threads", "2", "--method", "rejection", "--emit", "order",
                                      "--format", "f64", "--hard"});
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->command, Command::MHot);
    EXPECT_EQ(r->distribution->size(), 7);
    EXPECT_EQ(r->m, 3);
    EXPECT_EQ(r->n, 1000);
    EXPECT_EQ(r->tau, 0.5);
    EXPECT_EQ(r->seed, 42u);
    EXPECT_EQ(r->threads, 2);
    EXPECT_TRUE(r->hard);
    EXPECT_EQ(r->method, gumbel::MHotMethod::Rejection);
}
