// libFuzzer target: gumbel-cli's argument parsing. The input is split at NUL
// bytes into arguments; parsing must never crash and must either fail with a
// one-line message or give options whose sizes are within the limits.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/cli/CliOptions.h"
#include "core/Limits.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;
    std::vector<std::string> args(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            args.emplace_back();
        } else {
            args.back().push_back(static_cast<char>(data[i]));
        }
    }
    const auto options = gumbel::cli::parseCliArguments(args);
    if (!options) {
        if (options.error().empty() || options.error().find('\n') != std::string::npos) std::abort();
        return 0;
    }
    if (!options->distribution || options->distribution->size() < 1 || options->threads < 1 ||
        options->m > options->distribution->supportSize() || !(options->tau > 0.0)) {
        std::abort();
    }
    if (options->objective && options->objective->size() != options->distribution->size()) std::abort();
    if (options->command == gumbel::cli::Command::Gradient &&
        (!options->objective || options->conditional < 1 || options->conditional > gumbel::kMaxConditionalSamples ||
         options->tau < gumbel::kMinGradientTau || options->tau > gumbel::kMaxGradientTau)) {
        std::abort();
    }
    return 0;
}
