// gumbel-bench: throughput of the engine (Google Benchmark).
//   BM_Matrix/<k>/<d>        G = k x d relaxed one-hots, one thread; items = k*d cells
//   BM_MHot/<method>/<k>/<m> one m-hot sample (0 = exact, 1 = rejection); items = samples
//   BM_Repeated/<threads>    1e5 samples (one-hot + m-hot, k = 20, m = 5) into the accumulators
//   BM_Gradient/<estimator>/<k>  per-sample gradient estimates, one thread, blocks of 256 samples
//                            (estimator 0..4 = reinforce, reinforce-mean, relaxed, straight-through,
//                            gumbel-rao with K = 10; zipf p, tau = 0.5); items = samples
//   BM_GradientBatch/<estimator>/<k>/<threads>  a batch of 1e5 per-sample estimates into one k x 1e5 matrix,
//                            split across threads as gumbel-cli gradient does (the shape PyTorch is timed on);
//                            estimator 2, 3 (relaxed, straight-through) and 5..8 (rloo with B = 4, reinmax,
//                            gapped-st with kappa = 1, decoupled-st with tau_f = tau = 0.5 and tau_b = 1)
//   BM_GradientStats/<threads>   1e5 samples of all five estimators (k = 10, K = 10) into the statistics
//   BM_AcceptedSets/<method>/<k>/<m>  accepted categories only (exact: Gumbel-top-m), 1024 samples a call
//   BM_Inclusion/<k>/<m>     the exact P(i in S), zipf:1.1 (all p distinct), all cores
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "core/GradientStats.h"
#include "core/Theory.h"
#include "core/MHotSampler.h"
#include "core/ParallelFor.h"
#include "core/OneHotSampler.h"
#include "core/RepeatedSampler.h"

namespace {

void BM_Matrix(benchmark::State& state) {
    const auto k = state.range(0);
    const auto d = state.range(1);
    const auto distribution = gumbel::Distribution::named("zipf", k);
    const auto sampler = gumbel::OneHotSampler::create(distribution.value(), 0.1, 1);
    Eigen::MatrixXd g(k, d);
    for (auto _ : state) {
        sampler->sample(gumbel::Stream::Matrix, 0, 0, d, g);
        benchmark::DoNotOptimize(g.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * k * d);
}
BENCHMARK(BM_Matrix)->Args({10, 1000000})->Args({1000, 10000})->Unit(benchmark::kMillisecond);

// The m-hot sampler of a benchmark's arguments: method (0 = exact, 1 = rejection), k (zipf), m; tau = 0.1.
gumbel::Result<gumbel::MHotSampler> mHotSamplerFor(const benchmark::State& state) {
    gumbel::MHotSettings settings;
    settings.m = static_cast<int>(state.range(2));
    settings.method = state.range(0) == 0 ? gumbel::MHotMethod::Exact : gumbel::MHotMethod::Rejection;
    return gumbel::MHotSampler::create(gumbel::Distribution::named("zipf", state.range(1)).value(), 0.1, settings, 1);
}

void BM_MHot(benchmark::State& state) {
    const auto sampler = mHotSamplerFor(state);
    gumbel::MHotSample sample;
    std::uint64_t n = 0;
    for (auto _ : state) {
        if (!sampler->sample(n++, sample).ok()) state.SkipWithError("m-hot sampling failed");
        benchmark::DoNotOptimize(sample.s.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MHot)->Args({0, 20, 5})->Args({1, 20, 5})->Args({0, 64, 8})->Args({1, 64, 8})->Args({0, 1000, 50})->Args({1, 1000, 50});

void BM_Repeated(benchmark::State& state) {
    const auto threads = static_cast<int>(state.range(0));
    const auto distribution = gumbel::Distribution::named("zipf", 20);
    gumbel::SamplingJob job;
    job.tau = 0.1;
    job.mHot.m = 5;
    job.bins = 50;
    auto sampler = gumbel::RepeatedSampler::create(distribution.value(), job);
    const std::uint64_t n = 100000;
    for (auto _ : state) {
        gumbel::SamplingStats stats = sampler->emptyStats();
        if (!sampler->run(0, n, threads, stats).ok()) state.SkipWithError("repeated sampling failed");
        benchmark::DoNotOptimize(stats.argmaxCounts().data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}
BENCHMARK(BM_Repeated)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

gumbel::Objective benchObjective(int k) {
    return gumbel::Objective::create(Eigen::VectorXd::LinSpaced(k, 0.0, 1.0) / k).value();
}

void BM_Gradient(benchmark::State& state) {
    const auto estimator = static_cast<gumbel::Estimator>(state.range(0));
    const auto k = static_cast<int>(state.range(1));
    const auto distribution = gumbel::Distribution::named("zipf", k);
    gumbel::GradientSettings settings;
    settings.tau = 0.5;
    settings.conditionalSamples = 10;
    settings.seed = 1;
    const auto estimators =
        gumbel::GradientEstimators::create(distribution->logProbabilities(), benchObjective(k), settings);
    gumbel::GradientScratch scratch;
    std::array<Eigen::MatrixXd, gumbel::kEstimatorCount> out;
    constexpr Eigen::Index kBlock = 256;
    std::uint64_t first = 0;
    for (auto _ : state) {
        estimators->estimateBlock(first, kBlock, gumbel::EstimatorSet::only(estimator), scratch, out);
        benchmark::DoNotOptimize(out[static_cast<std::size_t>(estimator)].data());
        first = (first + kBlock) % (std::uint64_t{1} << 31);
    }
    state.SetItemsProcessed(state.iterations() * kBlock);
    state.SetLabel(std::string(gumbel::estimatorName(estimator)));
}
BENCHMARK(BM_Gradient)->ArgsProduct({{0, 1, 2, 3, 4}, {10, 100}});

void BM_GradientBatch(benchmark::State& state) {
    const auto estimator = static_cast<gumbel::Estimator>(state.range(0));
    const auto k = static_cast<int>(state.range(1));
    const auto threads = static_cast<int>(state.range(2));
    const auto distribution = gumbel::Distribution::named("zipf", k);
    gumbel::GradientSettings settings;
    settings.tau = 0.5;  // decoupled-st: the forward temperature tau_f
    settings.seed = 1;
    settings.leaveOneOutDraws = 4;  // rloo: B
    settings.gap = 1.0;             // gapped-st: kappa
    settings.backwardTau = 1.0;     // decoupled-st: tau_b
    const auto estimators =
        gumbel::GradientEstimators::create(distribution->logProbabilities(), benchObjective(k), settings);
    constexpr std::int64_t kBatch = 100000;
    Eigen::MatrixXd batch(k, kBatch);
    for (auto _ : state) {
        gumbel::parallelFor(kBatch, threads, [&](std::int64_t begin, std::int64_t end) {
            gumbel::GradientScratch scratch;
            for (std::int64_t at = begin; at < end; at += 256) {
                const std::int64_t n = std::min<std::int64_t>(256, end - at);
                if (!estimators->estimateBlock(static_cast<std::uint64_t>(at), estimator, scratch,
                                               batch.middleCols(at, n)).ok()) {
                    std::abort();
                }
            }
        });
        benchmark::DoNotOptimize(batch.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
    state.SetLabel(std::string(gumbel::estimatorName(estimator)));
}
BENCHMARK(BM_GradientBatch)->ArgsProduct({{2, 3, 5, 6, 7, 8}, {10, 100}, {1, 2}})->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_GradientStats(benchmark::State& state) {
    const auto threads = static_cast<int>(state.range(0));
    const auto distribution = gumbel::Distribution::named("zipf", 10);
    gumbel::GradientJob job;
    job.settings.tau = 0.5;
    job.settings.conditionalSamples = 10;
    const auto sampler = gumbel::GradientSampler::create(distribution->logProbabilities(), benchObjective(10), job);
    const std::uint64_t n = 100000;
    for (auto _ : state) {
        gumbel::GradientStatsSet stats = sampler->emptyStats();
        if (!sampler->run(0, n, threads, stats).ok()) state.SkipWithError("run failed");
        benchmark::DoNotOptimize(stats[0].mean().data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}
BENCHMARK(BM_GradientStats)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);
void BM_AcceptedSets(benchmark::State& state) {
    const auto sampler = mHotSamplerFor(state);
    gumbel::AcceptedBatch batch;
    std::uint32_t first = 0;
    constexpr std::size_t kBatch = 1024;
    for (auto _ : state) {
        const gumbel::Status status = sampler->acceptedOrders(first, kBatch, batch);
        benchmark::DoNotOptimize(status.ok());
        benchmark::DoNotOptimize(batch.orders.data());
        first += kBatch;
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kBatch));
}
BENCHMARK(BM_AcceptedSets)->Args({0, 20, 5})->Args({0, 1000, 50})->Args({1, 20, 5});

void BM_Inclusion(benchmark::State& state) {
    const auto distribution = gumbel::Distribution::named("zipf:1.1", state.range(0));
    for (auto _ : state) {
        const auto inclusion = gumbel::theory::inclusionProbabilities(distribution.value(), static_cast<int>(state.range(1)));
        benchmark::DoNotOptimize(inclusion.ok());
    }
}
BENCHMARK(BM_Inclusion)->Args({1000, 50})->Args({1000, 500})->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
