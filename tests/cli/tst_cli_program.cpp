// Runs the built gumbel-cli as a user would and checks what it prints.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "core/NumberParsing.h"

namespace {

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

CliRun runCli(const std::string& arguments) {
    char outPath[] = "/tmp/gumbel-cli-out-XXXXXX";
    char errPath[] = "/tmp/gumbel-cli-err-XXXXXX";
    close(mkstemp(outPath));
    close(mkstemp(errPath));
    const std::string command = std::string("'") + GUMBEL_CLI_PATH + "' " + arguments + " >" + outPath + " 2>" + errPath;
    const int raw = std::system(command.c_str());
    CliRun run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = slurp(outPath);
    run.err = slurp(errPath);
    std::remove(outPath);
    std::remove(errPath);
    return run;
}

std::vector<std::vector<double>> csvRows(const std::string& text) {
    std::vector<std::vector<double>> rows;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) rows.push_back(gumbel::parseDoubleList(line, "row").value());
    return rows;
}

}  // namespace

TEST(CliProgram, OneHotRowsAreOnTheSimplex) {
    const CliRun run = runCli("onehot --probs 1,2,3,0 --n 50 --tau 0.5 --seed 3");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_TRUE(run.err.empty());
    const auto rows = csvRows(run.out);
    ASSERT_EQ(rows.size(), 50u);
    for (const auto& row : rows) {
        ASSERT_EQ(row.size(), 4u);
        double sum = 0;
        for (double v : row) sum += v;
        EXPECT_NEAR(sum, 1.0, 1e-12);
        EXPECT_EQ(row[3], 0.0);
    }
}

TEST(CliProgram, SameSeedSameOutputForAnyThreadCount) {
    const CliRun one = runCli("onehot --dist zipf --k 9 --n 3000 --threads 1");
    const CliRun three = runCli("onehot --dist zipf --k 9 --n 3000 --threads 3");
    ASSERT_EQ(one.status, 0);
    EXPECT_EQ(one.out, three.out);
    const CliRun m1 = runCli("mhot --dist zipf --k 9 --m 4 --n 500 --threads 1 --method rejection");
    const CliRun m2 = runCli("mhot --dist zipf --k 9 --m 4 --n 500 --threads 2 --method rejection");
    ASSERT_EQ(m1.status, 0);
    EXPECT_EQ(m1.out, m2.out);
}

TEST(CliProgram, MatrixHasKRowsOfDValuesAndKeepsColumnsWhenDGrows) {
    const CliRun small = runCli("matrix --dist geometric --k 5 --d 7 --seed 11");
    const CliRun large = runCli("matrix --dist geometric --k 5 --d 12 --seed 11");
    ASSERT_EQ(small.status, 0);
    const auto a = csvRows(small.out);
    const auto b = csvRows(large.out);
    ASSERT_EQ(a.size(), 5u);
    ASSERT_EQ(a[0].size(), 7u);
    ASSERT_EQ(b[0].size(), 12u);
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = 0; j < 7; ++j) EXPECT_EQ(a[i][j], b[i][j]);
}

TEST(CliProgram, F64IsRawRowMajor) {
    const CliRun csv = runCli("onehot --probs 1,1,1 --n 4");
    const CliRun raw = runCli("onehot --probs 1,1,1 --n 4 --format f64");
    ASSERT_EQ(raw.status, 0);
    ASSERT_EQ(raw.out.size(), 4u * 3u * 8u);
    const auto rows = csvRows(csv.out);
    for (std::size_t r = 0; r < 4; ++r)
        for (std::size_t c = 0; c < 3; ++c) {
            double v;
            std::memcpy(&v, raw.out.data() + 8 * (r * 3 + c), 8);
            EXPECT_EQ(v, rows[r][c]);
        }
}

TEST(CliProgram, EmitOrderAndSComeFromTheSameSamples) {
    const CliRun s = runCli("mhot --dist zipf --k 6 --m 2 --n 200 --hard --seed 4");
    const CliRun order = runCli("mhot --dist zipf --k 6 --m 2 --n 200 --hard --seed 4 --emit order");
    ASSERT_EQ(s.status, 0);
    ASSERT_EQ(order.status, 0);
    const auto sRows = csvRows(s.out);
    const auto oRows = csvRows(order.out);
    ASSERT_EQ(oRows.size(), 200u);
    for (std::size_t r = 0; r < 200; ++r) {
        ASSERT_EQ(oRows[r].size(), 2u);
        for (double c : oRows[r]) EXPECT_EQ(sRows[r][static_cast<std::size_t>(c)], 1.0);
        double sum = 0;
        for (double v : sRows[r]) sum += v;
        EXPECT_EQ(sum, 2.0);
    }
}

TEST(CliProgram, TheoryIsOneJsonObject) {
    const CliRun run = runCli("theory --probs 1,2,3,4 --m 2");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out.front(), '{');
    EXPECT_NE(run.out.find("\"probabilities\":[0.1"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\"inclusion\":[0.2345238095238"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\"expected_draws\":2.456349206349"), std::string::npos) << run.out;
}

TEST(CliProgram, TheoryAtTheWindowsLargestSizes) {
    // k = 1000, m = 50, all p distinct: once refused as too costly, now computed; beyond k x m = 1e6 the limit is named.
    const CliRun run = runCli("theory --dist zipf:1.1 --k 1000 --m 50");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("\"inclusion\":[0.99999"), std::string::npos) << run.out.substr(0, 200);
    const CliRun beyond = runCli("theory --dist zipf --k 2000 --m 600");
    EXPECT_EQ(beyond.status, 2);
    EXPECT_NE(beyond.err.find("k x m up to 1000000"), std::string::npos) << beyond.err;
}

TEST(CliProgram, ProbsFileGivesTheSameSamplesAsProbs) {
    const std::string path = ::testing::TempDir() + "gumbel_weights.csv";
    {
        std::ofstream out(path);
        out << "weight\n1\n2\n3\n";
    }
    const CliRun fromFile = runCli("onehot --probs-file '" + path + "' --n 20 --seed 5");
    const CliRun inline_ = runCli("onehot --probs 1,2,3 --n 20 --seed 5");
    ASSERT_EQ(fromFile.status, 0) << fromFile.err;
    EXPECT_EQ(fromFile.out, inline_.out);
    {
        std::ofstream out(path);
        out << "1\n-2\n";
    }
    const CliRun bad = runCli("onehot --probs-file '" + path + "' --n 2");
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find(":2:1: weight '-2' is negative"), std::string::npos) << bad.err;
    std::remove(path.c_str());
}

TEST(CliProgram, GradientRowsAreFiniteSumToZeroAndIgnoreTheThreadCount) {
    for (const char* estimator : {"reinforce", "reinforce-mean", "relaxed", "straight-through", "gumbel-rao"}) {
        const std::string command = std::string("gradient --dist zipf --k 6 --target 1,0,0,0,0,0 --weights 1,2,1,2,1,2 ") +
                                    "--tau 0.3 --seed 9 --n 3000 --estimator " + estimator;
        const CliRun one = runCli(command + " --threads 1");
        const CliRun two = runCli(command + " --threads 2");
        ASSERT_EQ(one.status, 0) << one.err;
        EXPECT_TRUE(one.err.empty());
        EXPECT_EQ(one.out, two.out) << estimator;
        const auto rows = csvRows(one.out);
        ASSERT_EQ(rows.size(), 3000u);
        for (const auto& row : rows) {
            ASSERT_EQ(row.size(), 6u);
            double sum = 0, scale = 0;
            for (double v : row) {
                ASSERT_TRUE(std::isfinite(v));
                sum += v;
                scale += std::fabs(v);
            }
            EXPECT_LE(std::fabs(sum), 1e-12 * (1 + scale)) << estimator;  // softmax: 1^T J = 0, 1^T (e_z - p) = 0
        }
    }
}

// --summary: every estimator's mean, variance, bias and MSE as one JSON line, against the same run's rows (mean
// and variance computed here from them) and the exact gradient; RLOO's squared bias is within noise of 0.
TEST(CliProgram, GradientSummaryIsTheRowsStatistics) {
    const auto number = [](const std::string& json, const std::string& key) {
        const std::size_t at = json.find("\"" + key + "\":");
        EXPECT_NE(at, std::string::npos) << key;
        return std::stod(json.substr(at + key.size() + 3));
    };
    const auto array = [](const std::string& json, const std::string& key) {
        const std::size_t at = json.find("\"" + key + "\":[");
        EXPECT_NE(at, std::string::npos) << key;
        const std::size_t from = at + key.size() + 4;
        return gumbel::parseDoubleList(json.substr(from, json.find(']', from) - from), key).value();
    };
    for (const char* estimator : {"reinforce", "relaxed", "rloo", "reinmax", "gapped-st", "decoupled-st"}) {
        const std::string command = std::string("gradient --dist zipf --k 4 --target 1,0,0.5,0 --tau 0.7 --seed 4 ") +
                                    "--n 20000 --estimator " + estimator;
        const CliRun rows = runCli(command);
        const CliRun summary = runCli(command + " --summary");
        ASSERT_EQ(summary.status, 0) << summary.err;
        const auto values = csvRows(rows.out);
        ASSERT_EQ(values.size(), 20000u);
        const auto mean = array(summary.out, "mean");
        const auto variance = array(summary.out, "variance");
        const auto bias = array(summary.out, "bias");
        const auto exact = array(summary.out, "exact_gradient");
        ASSERT_EQ(mean.size(), 4u);
        double trace = 0, mse = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            double sum = 0, squares = 0;
            for (const auto& row : values) sum += row[i];
            const double m = sum / 20000;
            for (const auto& row : values) squares += (row[i] - m) * (row[i] - m);
            EXPECT_NEAR(mean[i], m, 1e-12 * (1 + std::fabs(m))) << estimator;
            EXPECT_NEAR(variance[i], squares / 19999, 1e-9 * (1 + squares)) << estimator;
            EXPECT_NEAR(bias[i], mean[i] - exact[i], 1e-15 * (1 + std::fabs(m))) << estimator;
            trace += variance[i];
        }
        for (const auto& row : values) {
            for (std::size_t i = 0; i < 4; ++i) mse += (row[i] - exact[i]) * (row[i] - exact[i]) / 20000;
        }
        EXPECT_NEAR(number(summary.out, "variance_trace"), trace, 1e-9 * (1 + trace)) << estimator;
        EXPECT_NEAR(number(summary.out, "mse"), mse, 1e-9 * (1 + mse)) << estimator;
        if (std::string(estimator) == "rloo" || std::string(estimator) == "reinforce") {  // unbiased
            EXPECT_LT(std::fabs(number(summary.out, "bias_squared_estimate")),
                      4.5 * number(summary.out, "bias_squared_standard_error")) << estimator;
        }
    }
}

TEST(CliProgram, GradientMeanOfTheToyMatchesTheClosedForm) {
    // k = 2, theta = 0, t = (0.45, 0), w = (1, 0), tau = 1: E[straight-through_1] = (1 - 2t)/6 = 1/60.
    const CliRun run = runCli("gradient --probs 1,1 --target 0.45,0 --weights 1,0 --estimator straight-through "
                              "--tau 1 --n 200000 --seed 3 --format f64");
    ASSERT_EQ(run.status, 0) << run.err;
    ASSERT_EQ(run.out.size(), 200000u * 2 * 8);
    double sum = 0, squares = 0;
    for (std::size_t r = 0; r < 200000; ++r) {
        double v;
        std::memcpy(&v, run.out.data() + 16 * r, 8);
        sum += v;
        squares += v * v;
    }
    const double mean = sum / 200000;
    const double se = std::sqrt((squares / 200000 - mean * mean) / 200000);
    EXPECT_LT(std::fabs(mean - 1.0 / 60.0) / se, 4.5) << mean;
}

TEST(CliProgram, GradientTakesThetaAsLogPOrAsLogits) {
    const CliRun probs = runCli("gradient --probs 1,2 --target 0,1 --estimator relaxed --tau 0.5 --n 50 --seed 2");
    const CliRun logits = runCli("gradient --logits 3,3.6931471805599453 --target 0,1 --estimator relaxed --tau 0.5 "
                                 "--n 50 --seed 2");
    ASSERT_EQ(probs.status, 0) << probs.err;
    ASSERT_EQ(logits.status, 0) << logits.err;
    const auto a = csvRows(probs.out);
    const auto b = csvRows(logits.out);
    ASSERT_EQ(a.size(), 50u);
    for (std::size_t r = 0; r < 50; ++r)
        for (std::size_t c = 0; c < 2; ++c) EXPECT_NEAR(a[r][c], b[r][c], 1e-12);
}

TEST(CliProgram, TheoryWithATargetAddsTheObjectiveAndTheExactGradient) {
    const CliRun run = runCli("theory --probs 1,1 --target 0.45,0 --weights 1,0");
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("\"objective\":0.2525"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\"exact_gradient\":[0.0249999999999"), std::string::npos) << run.out;
    const CliRun plain = runCli("theory --probs 1,1");
    EXPECT_EQ(plain.out.find("objective"), std::string::npos);
}

class CliBadInput : public ::testing::TestWithParam<const char*> {};
TEST_P(CliBadInput, ExitsTwoWithOneLineAndNoOutput) {
    const CliRun run = runCli(GetParam());
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 200);
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
    EXPECT_EQ(run.err.rfind("gumbel-cli: ", 0), 0u) << run.err;
}
INSTANTIATE_TEST_SUITE_P(Rows, CliBadInput,
                         ::testing::Values("", "bogus", "onehot --probs 1,x --n 2", "onehot --probs 0,0 --n 2",
                                           "onehot --logits nan,1 --n 2", "onehot --probs 1,2 --n -5",
                                           "onehot --probs 1,2 --n 1e300", "onehot --probs 1,2 --n 2 --tau -1",
                                           "matrix --dist uniform --k 100000 --d 100000",
                                           "mhot --probs 1,2 --m 3 --n 2", "theory --dist zipf --k 2000 --m 600",
                                           "mhot --probs 0.999999999,0.000000001 --m 2 --n 1 --method rejection",
                                           "onehot --dist uniform --k 2000000 --n 1",
                                           "gradient --probs 1,2 --target 0,1,1 --estimator relaxed --n 2",
                                           "gradient --probs 1,2 --target 0,1 --weights 1,1,1 --estimator relaxed --n 2",
                                           "gradient --probs 1,2 --target 0,nan --estimator relaxed --n 2",
                                           "gradient --probs 1,2 --target 0,1 --weights inf,1 --estimator relaxed --n 2",
                                           "gradient --logits 0,inf --target 0,1 --estimator relaxed --n 2",
                                           "gradient --probs 1,2 --target 0,1 --estimator ST --n 2",
                                           "gradient --probs 1,2 --target 0,1 --estimator gumbel-rao --conditional 0 --n 2",
                                           "gradient --probs 1,2 --target 0,1 --estimator gumbel-rao --conditional 10001 --n 2",
                                           "gradient --probs 1,2 --target 0,1 --estimator relaxed --tau 1e-5 --n 2",
                                           "gradient --probs 1,2 --estimator relaxed --n 2",
                                           "theory --probs 1,2 --target 0,1e31",
                                           "theory --probs 1,2 --target 1"));
