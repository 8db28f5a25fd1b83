#pragma once
// gumbel-cli's command line, parsed and checked before anything runs.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/Distribution.h"
#include "core/GradientEstimators.h"
#include "core/MHotSampler.h"
#include "core/Result.h"

namespace gumbel::cli {

enum class Command { OneHot, Matrix, MHot, Theory, Gradient };
enum class Format { Csv, F64 };
enum class Emit { S, Order };

struct CliOptions {
    Command command = Command::OneHot;
    std::optional<Distribution> distribution;
    double tau = 0.1;
    std::uint64_t seed = 0;
    int threads = 0;  // 0 = all cores
    Format format = Format::Csv;
    long long n = 1;
    long long d = 1;
    int m = 1;
    bool hard = false;
    bool summary = false;  // gradient: one JSON line of statistics instead of the rows
    MHotMethod method = MHotMethod::Exact;
    Emit emit = Emit::S;
    // gradient (and theory with --target): the objective f(x) = sum_i w_i (x_i - t_i)^2.
    std::optional<Objective> objective;
    Estimator estimator = Estimator::Relaxed;
    int conditional = 10;  // K for gumbel-rao
    int draws = 4;         // B for rloo
    double gap = 1.0;      // kappa for gapped-st
    double backwardTau = 1.0;  // tau_b for decoupled-st
};

// args excludes the program name. Every problem is one line naming it.
Result<CliOptions> parseCliArguments(const std::vector<std::string>& args);

std::string usage();

}  // namespace gumbel::cli
