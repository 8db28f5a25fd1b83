// gumbel-estimator-rows: what bench/compare_pytorch.py needs to replay the engine's samples in PyTorch.
//   gumbel-estimator-rows K N TAU TAU_B DRAWS GAP SEED > rows.f64
// The problem of BM_GradientBatch (zipf p over K categories, theta = log p, t = linspace(0, 1, K) / K, w = 1) with
// tau = TAU (decoupled-st's tau_f), tau_b = TAU_B, RLOO's B = DRAWS, gapped-st's kappa = GAP. For each sample
// n = 0 .. N-1, little-endian float64 values:
//   z (the winner), eps (K: the sample's Gumbels, Stream::Gradient), the B - 1 further RLOO draws' uniforms
//   (Stream::GradientLeaveOneOut, cell 0 of column b - 1 for draw b; the draw is the first j with
//   u < p_0 + ... + p_j), then the estimates of rloo, reinmax, gapped-st and decoupled-st (K each), as
//   GradientEstimators::estimate computes them.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/GradientEstimators.h"
#include "core/NoiseField.h"

namespace {

void write(const double* values, std::size_t count) {
    if (std::fwrite(values, sizeof(double), count, stdout) != count) std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 8) {
        std::fprintf(stderr, "usage: gumbel-estimator-rows K N TAU TAU_B DRAWS GAP SEED\n");
        return 2;
    }
    const int k = std::stoi(argv[1]);
    const long long n = std::stoll(argv[2]);
    gumbel::GradientSettings settings;
    settings.tau = std::stod(argv[3]);
    settings.backwardTau = std::stod(argv[4]);
    settings.leaveOneOutDraws = std::stoi(argv[5]);
    settings.gap = std::stod(argv[6]);
    settings.seed = std::stoull(argv[7]);
    const auto distribution = gumbel::Distribution::named("zipf", k);
    if (!distribution) {
        std::fprintf(stderr, "%s\n", distribution.error().c_str());
        return 2;
    }
    const auto objective = gumbel::Objective::create(Eigen::VectorXd::LinSpaced(k, 0.0, 1.0) / k);
    const auto estimators = gumbel::GradientEstimators::create(distribution->logProbabilities(), objective.value(),
                                                               settings);
    if (!estimators) {
        std::fprintf(stderr, "%s\n", estimators.error().c_str());
        return 2;
    }
    const gumbel::NoiseField noise(settings.seed);
    const auto cells = static_cast<std::size_t>(k);
    const auto further = static_cast<std::size_t>(settings.leaveOneOutDraws - 1);
    std::vector<double> eps(cells), draws(further);
    for (long long s = 0; s < n; ++s) {
        const auto sample = static_cast<std::uint64_t>(s);
        const double z = static_cast<double>(estimators->winner(sample));
        write(&z, 1);
        noise.gumbels(gumbel::Stream::Gradient, 0, static_cast<std::uint32_t>(sample), 1, cells, eps.data());
        write(eps.data(), cells);
        for (std::size_t b = 0; b < further; ++b) {
            draws[b] = noise.uniform(gumbel::Stream::GradientLeaveOneOut, sample, static_cast<std::uint32_t>(b), 0);
        }
        write(draws.data(), draws.size());
        for (gumbel::Estimator e : {gumbel::Estimator::Rloo, gumbel::Estimator::ReinMax,
                                    gumbel::Estimator::GappedStraightThrough,
                                    gumbel::Estimator::DecoupledStraightThrough}) {
            const Eigen::VectorXd estimate = estimators->estimate(sample, e);
            write(estimate.data(), cells);
        }
    }
    return 0;
}
