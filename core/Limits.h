#pragma once
// Sizes a person can ask for. Every entry point checks these before it
// allocates, and names the limit in its message.
#include <cstdint>

namespace gumbel::limits {

inline constexpr long long kMaxCategories = 1000000;        // k
inline constexpr long long kMaxColumns = 100000000;          // d
inline constexpr long long kMaxMatrixValues = 268435456;     // k*d held in memory (2 GiB of doubles)
inline constexpr long long kMaxSamples = 100000000;          // N for repeated sampling
inline constexpr long long kMaxStreamedValues = 10000000000; // values gumbel-cli writes in one run
inline constexpr long long kMaxBins = 100000;                // histogram bins
inline constexpr long long kMaxHistogramCells = 100000000;   // k*bins
inline constexpr long long kDefaultMaxDraws = 1000000;       // rejection cap per m-hot sample
inline constexpr int kMaxThreads = 256;
inline constexpr long long kMaxInclusionWork = 1000000;          // k*m for the exact P(i in S)

}  // namespace gumbel::limits
