#include "core/NoiseKernels.h"

#include <cmath>

// Build the hot loops twice, for AVX2 and for baseline x86-64; the loader
// picks one at start-up, so the binary stays portable.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(GUMBEL_NO_CLONES)
#define GUMBEL_HOT __attribute__((target_clones("avx2", "default")))
#else
#define GUMBEL_HOT
#endif

namespace gumbel::kernels {

namespace {
constexpr std::size_t kLanes = 16;
}

GUMBEL_HOT
void uniformBlock(PhiloxKey key, std::uint32_t word2, std::uint32_t word3, std::uint32_t firstColumn,
                  std::size_t columns, std::size_t cells, double* out) {
    constexpr std::uint64_t kM0 = 0xD2511F53u;
    constexpr std::uint64_t kM1 = 0xCD9E8D57u;
    constexpr std::uint32_t kW0 = 0x9E3779B9u;
    constexpr std::uint32_t kW1 = 0xBB67AE85u;
    const std::size_t pairs = (cells + 1) / 2;
    const std::size_t total = pairs * columns;
    std::size_t pair = 0;
    std::size_t column = 0;
    for (std::size_t base = 0; base < total; base += kLanes) {
        const std::size_t lanes = total - base < kLanes ? total - base : kLanes;
        std::uint32_t c0[kLanes], c1[kLanes], c2[kLanes], c3[kLanes];
        std::size_t outIndex[kLanes];
        bool hasSecond[kLanes];
        for (std::size_t l = 0; l < kLanes; ++l) {
            // Lanes past the end compute garbage that is never stored.
            c0[l] = static_cast<std::uint32_t>(pair);
            c1[l] = firstColumn + static_cast<std::uint32_t>(column);
            c2[l] = word2;
            c3[l] = word3;
            outIndex[l] = column * cells + 2 * pair;
            hasSecond[l] = 2 * pair + 1 < cells;
            if (l < lanes && ++pair == pairs) {
                pair = 0;
                ++column;
            }
        }
        std::uint32_t k0 = key[0];
        std::uint32_t k1 = key[1];
        for (int round = 0; round < 10; ++round) {
            for (std::size_t l = 0; l < kLanes; ++l) {
                const std::uint64_t p0 = kM0 * c0[l];
                const std::uint64_t p1 = kM1 * c2[l];
                const std::uint32_t n0 = static_cast<std::uint32_t>(p1 >> 32) ^ c1[l] ^ k0;
                const std::uint32_t n2 = static_cast<std::uint32_t>(p0 >> 32) ^ c3[l] ^ k1;
                c1[l] = static_cast<std::uint32_t>(p1);
                c3[l] = static_cast<std::uint32_t>(p0);
                c0[l] = n0;
                c2[l] = n2;
            }
            k0 += kW0;
            k1 += kW1;
        }
        for (std::size_t l = 0; l < lanes; ++l) {
            const std::size_t at = outIndex[l];
            out[at] = openUniform(c0[l], c1[l]);
            if (hasSecond[l]) {
                out[at + 1] = openUniform(c2[l], c3[l]);
            }
        }
    }
}

// The vector loops below always run on whole packets of kPacket values (the
// tail is padded), so every value goes through the same code path: a cell's
// result does not depend on where it sits in a block, bit for bit.
namespace {
constexpr std::size_t kPacket = 8;
}  // namespace

#define GUMBEL_PACKET_LOOP(IN, OUT, N, PAD, EXPR)                                  \
    do {                                                                          \
        std::size_t i_ = 0;                                                       \
        for (; i_ + kPacket <= (N); i_ += kPacket) {                              \
            double t_[kPacket];                                                   \
            _Pragma("omp simd") for (std::size_t j_ = 0; j_ < kPacket; ++j_) {   \
                const double x = (IN)[i_ + j_];                                   \
                t_[j_] = (EXPR);                                                  \
            }                                                                     \
            for (std::size_t j_ = 0; j_ < kPacket; ++j_) (OUT)[i_ + j_] = t_[j_]; \
        }                                                                         \
        if (i_ < (N)) {                                                           \
            double in_[kPacket];                                                  \
            double t_[kPacket];                                                   \
            for (std::size_t j_ = 0; j_ < kPacket; ++j_) {                        \
                in_[j_] = i_ + j_ < (N) ? (IN)[i_ + j_] : (PAD);                  \
            }                                                                     \
            _Pragma("omp simd") for (std::size_t j_ = 0; j_ < kPacket; ++j_) {   \
                const double x = in_[j_];                                         \
                t_[j_] = (EXPR);                                                  \
            }                                                                     \
            for (std::size_t j_ = 0; i_ + j_ < (N); ++j_) (OUT)[i_ + j_] = t_[j_]; \
        }                                                                         \
    } while (0)

GUMBEL_HOT
void gumbelFromUniform(const double* u, double* eps, std::size_t n) {
    GUMBEL_PACKET_LOOP(u, eps, n, 0.5, -std::log(-std::log(x)));
}

GUMBEL_HOT
void expNonPositive(double* x, std::size_t n) {
    double* values = x;
    GUMBEL_PACKET_LOOP(values, values, n, 0.0, std::exp(x));
}

}  // namespace gumbel::kernels
