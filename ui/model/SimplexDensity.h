#pragma once
// The Concrete density for k = 3 on the triangle, on a lattice of n^2 small
// triangles (values at their centroids, in log space). The same numbers are
// drawn by the simplex view and integrated by integral(), so what is shown
// is what is checked.
#include <Eigen/Core>
#include <vector>

#include "core/Distribution.h"

namespace gumbel::ui {

class SimplexDensity {
public:
    // distribution must have k = 3.
    SimplexDensity(const Distribution& distribution, double tau, int subdivisions);

    int subdivisions() const { return n_; }
    // log density of the small triangle holding (x0, x1) (x2 = 1 - x0 - x1); -inf outside.
    double logDensityAt(double x0, double x1) const;
    // Sum of density x area over the lattice: about 1.
    double integral() const;
    // Display range of the log density: its 2% and 98% quantiles over the lattice.
    double displayLow() const { return low_; }
    double displayHigh() const { return high_; }

private:
    int n_;
    std::vector<double> up_;    // (a, b), a + b < n: centroid ((a + 1/3) / n, (b + 1/3) / n)
    std::vector<double> down_;  // (a, b), a + b < n - 1: centroid ((a + 2/3) / n, (b + 2/3) / n)
    double low_ = 0.0;
    double high_ = 1.0;
};

}  // namespace gumbel::ui
