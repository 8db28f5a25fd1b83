#pragma once
// The noise behind every sample: a pure function of (seed, stream, sample,
// column, cell). Same seed -> same numbers for any thread count; changing tau
// or p keeps the noise; growing d keeps the existing columns.
#include <cstddef>
#include <cstdint>

#include "core/Philox.h"

namespace gumbel {

// Independent noise fields of one seed, one per use.
enum class Stream : std::uint32_t {
    Matrix = 1,        // G (k x d)
    OneHot = 2,        // repeated one-hot samples, column = sample index
    MHot = 3,          // m-hot samples: sample index, column = draw number
    Distribution = 4,  // seeded presets (dirichlet)
    Theory = 5,        // Monte Carlo parts of the theory
    Gradient = 6,      // gradient lab: eps of sample n, column = n
    GradientConditional = 7,  // Gumbel-Rao's conditional Gumbels: sample n, column = r
    MHotOrder = 8,     // Gumbel-top-m accepted sets: column = sample index (one vector of k per sample)
    GradientLeaveOneOut = 9,  // RLOO's draws after the first: sample n, column b - 1 for draw b
};

// The noise added to log p. Gumbel is the trick: argmax(log p + eps) ~ p exactly. The others have Gumbel's
// variance (pi^2 / 6) and show why it must be Gumbel: with a Gaussian or a uniform the winners drift away
// from p; with none the most likely category always wins.
enum class NoiseKind { Gumbel, Gaussian, Uniform, None };

const char* noiseKindName(NoiseKind kind);  // "gumbel", "gaussian", "uniform", "none"
bool parseNoiseKind(const char* text, NoiseKind& kind);

class NoiseField {
public:
    explicit NoiseField(std::uint64_t seed = 0);

    std::uint64_t seed() const { return seed_; }

    // One uniform on (0,1).
    double uniform(Stream stream, std::uint64_t sample, std::uint32_t column, std::uint32_t cell) const;

    // Uniforms for `columns` columns of `cells` cells, column-major.
    void uniforms(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t columns,
                  std::size_t cells, double* out) const;

    // Gumbel(0,1) noise eps = -log(-log u) for the same cells as uniforms().
    void gumbels(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t columns,
                 std::size_t cells, double* out) const;

    // The same Gumbels for `blocks` blocks of 8 columns, in lane layout: cell c of column
    // firstColumn + 8 b + l at out[(b * cells + c) * 8 + l] (kernels::uniformLanes).
    void gumbelLanes(Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t blocks,
                     std::size_t cells, double* out) const;

    // Noise of `kind` for the same cells: Gumbel as gumbels(); the others from the same uniforms.
    void noise(NoiseKind kind, Stream stream, std::uint64_t sample, std::uint32_t firstColumn, std::size_t columns,
               std::size_t cells, double* out) const;

    static double gumbelFromUniform(double u);
    // Standard normal quantile of u in (0, 1), to about 1e-15 relative.
    static double normalQuantile(double u);
    // A normal of Gumbel's variance: (pi / sqrt 6) * normalQuantile(u).
    static double gaussianFromUniform(double u);
    // A uniform on (-pi / sqrt 2, pi / sqrt 2): Gumbel's variance again.
    static double uniformNoiseFromUniform(double u);

    // Samples are addressed with 56 bits.
    static constexpr std::uint64_t kMaxSampleIndex = (std::uint64_t{1} << 56) - 1;

private:
    PhiloxKey key_;
    std::uint64_t seed_;
};

}  // namespace gumbel
