// libFuzzer target: the weights-file parser must never crash, hang or accept NaN.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/WeightsFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result = gumbel::parseWeightsText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    if (result) {
        if (result->empty() || result->size() > gumbel::kMaxWeights) std::abort();
        for (double w : result.value()) {
            if (!(w >= 0.0) || !std::isfinite(w)) std::abort();
        }
    }
    return 0;
}
