#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <numeric>
#include <thread>

#include "core/RepeatedSampler.h"
#include "tests/support/StatChecks.h"

using gumbel::Distribution;
using gumbel::MHotMethod;
using gumbel::RepeatedSampler;
using gumbel::SamplingJob;
using gumbel::SamplingStats;

namespace {
SamplingJob job(int m, MHotMethod method, double tau = 0.3) {
    SamplingJob j;
    j.tau = tau;
    j.mHot.m = m;
    j.mHot.method = method;
    j.seed = 99;
    j.bins = 20;
    j.trackEntropy = true;
    return j;
}

void expectIdentical(const SamplingStats& a, const SamplingStats& b) {
    EXPECT_EQ(a.oneHotSamples(), b.oneHotSamples());
    EXPECT_EQ(a.argmaxCounts(), b.argmaxCounts());
    EXPECT_EQ(a.meanC(), b.meanC());
    EXPECT_EQ(a.meanS(), b.meanS());
    EXPECT_EQ(a.meanEntropy(), b.meanEntropy());
    EXPECT_EQ(a.maxHistogram(), b.maxHistogram());
    EXPECT_EQ(a.sHistogram(), b.sHistogram());
    EXPECT_EQ(a.inclusionCounts(), b.inclusionCounts());
    EXPECT_EQ(a.totalDraws(), b.totalDraws());
    for (int i = 0; i < a.categories(); ++i) {
        EXPECT_TRUE(std::equal(a.cHistogram(i), a.cHistogram(i) + a.bins(), b.cHistogram(i)));
    }
}
}  // namespace

class ThreadCounts : public ::testing::TestWithParam<MHotMethod> {};
TEST_P(ThreadCounts, SameSeedSameResultForAnyThreadCount) {
    const auto d = Distribution::named("zipf", 12);
    auto sampler = RepeatedSampler::create(d.value(), job(3, GetParam()));
    ASSERT_TRUE(sampler.ok()) << sampler.error();
    SamplingStats one = sampler->emptyStats();
    ASSERT_TRUE(sampler->run(0, 30000, 1, one).ok());
    for (int threads : {2, 3, 7}) {
        SamplingStats many = sampler->emptyStats();
        ASSERT_TRUE(sampler->run(0, 30000, threads, many).ok());
        expectIdentical(one, many);
    }
    // And in pieces: [0, 10000) + [10000, 30000) equals one run.
    SamplingStats pieces = sampler->emptyStats();
    ASSERT_TRUE(sampler->run(0, 10000, 2, pieces).ok());
    ASSERT_TRUE(sampler->run(10000, 20000, 2, pieces).ok());
    expectIdentical(one, pieces);
}
INSTANTIATE_TEST_SUITE_P(Methods, ThreadCounts, ::testing::Values(MHotMethod::Exact, MHotMethod::Rejection));

TEST(RepeatedSampler, ArgmaxCountsFollowP) {
    const auto d = Distribution::named("geometric:0.6", 8);
    auto sampler = RepeatedSampler::create(d.value(), job(2, MHotMethod::Exact));
    SamplingStats stats = sampler->emptyStats();
    ASSERT_TRUE(sampler->run(0, 100000, 2, stats).ok());
    const std::vector<double> p(d->probabilities().data(), d->probabilities().data() + 8);
    EXPECT_LT(gumbel::testing::chiSquare(stats.argmaxCounts(), p), gumbel::testing::chiSquareCritical(7));
    EXPECT_NEAR(stats.meanC().sum(), 1.0, 1e-9);
    // Each column of V sums to 1, so sum_i S_i lies in [1, m] sample by sample.
    EXPECT_GE(stats.meanS().sum(), 1.0);
    EXPECT_LE(stats.meanS().sum(), 2.0);
    EXPECT_EQ(stats.mHotSamples(), 100000);
}

TEST(RepeatedSampler, CancelIsPromptAndLeavesStatsUnchanged) {
    // Prompt in work, not in wall-clock time (the machine is shared): once the flag is set, at most a few chunks
    // per thread are finished before run() returns; a run that ignored the flag would finish all 1e8 samples.
    const auto d = Distribution::named("zipf", 100);
    auto sampler = RepeatedSampler::create(d.value(), job(10, MHotMethod::Exact));
    SamplingStats stats = sampler->emptyStats();
    std::atomic<bool> cancel{false};
    std::atomic<std::uint64_t> doneAtCancel{0}, lastDone{0};
    const auto status = sampler->run(0, 100000000, 2, stats, &cancel, [&](std::uint64_t done) {
        lastDone = done;
        if (done >= 20000 && !cancel.load()) {
            doneAtCancel = done;
            cancel = true;
        }
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(status.error(), "cancelled");
    EXPECT_EQ(stats.oneHotSamples(), 0);
    EXPECT_TRUE(cancel.load());
    EXPECT_LT(lastDone.load(), 100000000u);
    // Progress is reported about every 20 ms, so the last report after the cancel is at most a report or two later.
    EXPECT_LT(lastDone.load() - doneAtCancel.load(), 10000000u);
}

TEST(RepeatedSampler, ReportsProgressAndRejectsBadJobs) {
    const auto d = Distribution::named("uniform", 4);
    SamplingJob bad = job(5, MHotMethod::Exact);
    EXPECT_FALSE(RepeatedSampler::create(d.value(), bad).ok());
    bad = job(2, MHotMethod::Exact);
    bad.bins = 0;
    EXPECT_FALSE(RepeatedSampler::create(d.value(), bad).ok());
    auto sampler = RepeatedSampler::create(d.value(), job(2, MHotMethod::Exact));
    SamplingStats stats = sampler->emptyStats();
    std::uint64_t last = 0;
    ASSERT_TRUE(sampler->run(0, 5000, 2, stats, nullptr, [&](std::uint64_t done) { last = done; }).ok());
    EXPECT_EQ(last, 5000u);
    EXPECT_FALSE(sampler->run(0, 200000000, 2, stats).ok());
}

TEST(RepeatedSampler, RejectionCapSurfacesAsAnError) {
    const auto d = Distribution::fromWeights({1.0 - 1e-9, 1e-9});
    SamplingJob j = job(2, MHotMethod::Rejection);
    j.mHot.maxDraws = 500;
    auto sampler = RepeatedSampler::create(d.value(), j);
    SamplingStats stats = sampler->emptyStats();
    const auto status = sampler->run(0, 100, 2, stats);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().find("cap"), std::string::npos);
}

// The window's job keeps the accepted sets only: same for any thread count and any split into runs,
// no S accumulated; the rejection rule's draws are exactly those of the full job.
TEST(RepeatedSampler, AcceptedSetsOnly) {
    const auto d = Distribution::named("zipf:1.1", 40);
    for (MHotMethod method : {MHotMethod::Exact, MHotMethod::Rejection}) {
        SamplingJob setsOnly = job(6, method);
        setsOnly.mHotStats = gumbel::MHotStats::AcceptedSet;
        auto sampler = RepeatedSampler::create(d.value(), setsOnly);
        ASSERT_TRUE(sampler.ok()) << sampler.error();
        SamplingStats one = sampler->emptyStats();
        ASSERT_TRUE(sampler->run(0, 20000, 1, one).ok());
        SamplingStats pieces = sampler->emptyStats();
        ASSERT_TRUE(sampler->run(0, 7000, 2, pieces).ok());
        ASSERT_TRUE(sampler->run(7000, 13000, 2, pieces).ok());
        expectIdentical(one, pieces);
        EXPECT_EQ(one.mHotSamples(), 20000);
        EXPECT_EQ(one.sSamples(), 0);
        EXPECT_EQ(std::accumulate(one.sHistogram().begin(), one.sHistogram().end(), 0LL), 0);
        long long included = 0;
        for (long long c : one.inclusionCounts()) included += c;
        EXPECT_EQ(included, 6 * 20000);

        auto fullSampler = RepeatedSampler::create(d.value(), job(6, method));
        SamplingStats full = fullSampler->emptyStats();
        ASSERT_TRUE(fullSampler->run(0, 20000, 2, full).ok());
        EXPECT_EQ(full.sSamples(), 20000);
        EXPECT_EQ(full.argmaxCounts(), one.argmaxCounts());  // the one-hot side is untouched
        if (method == MHotMethod::Rejection) {
            // The literal rule in both: the same sets, the same draw counts.
            EXPECT_EQ(full.inclusionCounts(), one.inclusionCounts());
            EXPECT_EQ(full.totalDraws(), one.totalDraws());
            EXPECT_EQ(full.rejectedHistogram(), one.rejectedHistogram());
            EXPECT_GT(one.totalDraws(), 6 * 20000);
        } else {
            EXPECT_EQ(one.totalDraws(), 6 * 20000);
        }
    }
}
