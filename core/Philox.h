#pragma once
// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3",
// SC 2011): a counter-based generator. The output is a pure function of the
// 128-bit counter and the 64-bit key, so any cell of any noise field can be
// computed independently, in any order, on any thread.
#include <array>
#include <cstdint>

namespace gumbel {

using PhiloxCounter = std::array<std::uint32_t, 4>;
using PhiloxKey = std::array<std::uint32_t, 2>;

inline PhiloxCounter philox4x32_10(PhiloxCounter c, PhiloxKey key) {
    constexpr std::uint64_t kM0 = 0xD2511F53u;
    constexpr std::uint64_t kM1 = 0xCD9E8D57u;
    constexpr std::uint32_t kW0 = 0x9E3779B9u;
    constexpr std::uint32_t kW1 = 0xBB67AE85u;
    for (int round = 0; round < 10; ++round) {
        const std::uint64_t p0 = kM0 * c[0];
        const std::uint64_t p1 = kM1 * c[2];
        c = {static_cast<std::uint32_t>(p1 >> 32) ^ c[1] ^ key[0], static_cast<std::uint32_t>(p1),
             static_cast<std::uint32_t>(p0 >> 32) ^ c[3] ^ key[1], static_cast<std::uint32_t>(p0)};
        key[0] += kW0;
        key[1] += kW1;
    }
    return c;
}

// 64 random bits -> a double on the open interval (0, 1): (x + 0.5) * 2^-52
// with x the top 52 bits, so x + 0.5 is exact and the largest value is
// 1 - 2^-53 (53 bits would round the top value up to 1). Never 0, never 1.
inline double openUniform(std::uint32_t hi, std::uint32_t lo) {
    const std::uint64_t bits = (static_cast<std::uint64_t>(hi) << 32) | lo;
    return (static_cast<double>(bits >> 12) + 0.5) * 0x1.0p-52;
}

}  // namespace gumbel
