#pragma once
// The Concrete density for k = 3 on the triangle, on a lattice of n^2 small
// triangles (values at their centroids, in log space). The same numbers are
// drawn by the simplex view and integrated by integral(), so what is shown
// is what is checked.
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/Distribution.h"

namespace gumbel::ui {

class SimplexDensity {
public:
    // distribution must have k = 3. shareSamples: the engine samples behind denserShareAt() (fewer during a drag).
    SimplexDensity(const Distribution& distribution, double tau, int subdivisions, long long shareSamples = kShareSamples);

    int subdivisions() const { return n_; }
    // log density of the small triangle holding (x0, x1) (x2 = 1 - x0 - x1); -inf outside.
    double logDensityAt(double x0, double x1) const;
    // Sum of density x area over the lattice: about 1.
    double integral() const;
    // Display range of the log density: its 2% and 98% quantiles over the lattice.
    double displayLow() const { return low_; }
    double displayHigh() const { return high_; }
    // The share of the samples that lie where the density is higher than in the cell holding (x0, x1): 0 at the
    // densest cell, near 1 at the sparsest; NaN outside. Coloured by it, the region brighter than any colour holds
    // the share of the samples its colour bar says, at every tau: colours and dots agree (a highest-density-region
    // scale). Estimated from kShareSamples samples with their exact density (error about 0.004).
    double denserShareAt(double x0, double x1) const;
    // The share of the samples whose exact log density is above logDensity (NaN when there are none).
    double denserShare(double logDensity) const;
    static constexpr long long kShareSamples = 20000;
    static constexpr long long kDragShareSamples = 5000;  // error about 0.007: enough while tau moves
    static constexpr std::uint64_t kShareSeed = 0x5eed5;

private:
    int n_;
    std::vector<double> up_;    // (a, b), a + b < n: centroid ((a + 1/3) / n, (b + 1/3) / n)
    std::vector<double> down_;  // (a, b), a + b < n - 1: centroid ((a + 2/3) / n, (b + 2/3) / n)
    std::vector<double> sampledLogDensities_;  // kShareSamples, ascending
    std::vector<double> upShare_, downShare_;  // denserShareAt() per cell
    std::size_t cellAt(double x0, double x1, bool* up) const;
    double low_ = 0.0;
    double high_ = 1.0;
};

}  // namespace gumbel::ui
