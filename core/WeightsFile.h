#pragma once
// Weights from a text or CSV file: one per line, or comma- or
// whitespace-separated, with an optional header line. Every problem is named
// with its line and column. Qt-free so gumbel-cli, the app and the fuzzer
// share it.
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace gumbel {

inline constexpr std::size_t kMaxWeightsFileBytes = 1 << 20;  // 1 MiB
inline constexpr std::size_t kMaxWeights = 1000;

// Parses the text of a weights file; `name` (the file name) starts each message.
Result<std::vector<double>> parseWeightsText(std::string_view text, std::string_view name);

// Reads and parses a file, checking its size before reading it.
Result<std::vector<double>> readWeightsFile(const std::string& path);

}  // namespace gumbel
