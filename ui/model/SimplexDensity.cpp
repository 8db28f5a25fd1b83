#include "ui/model/SimplexDensity.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/OneHotSampler.h"
#include "core/Theory.h"

namespace gumbel::ui {

SimplexDensity::SimplexDensity(const Distribution& distribution, double tau, int subdivisions, long long shareSamples)
    : n_(std::max(2, subdivisions)),
      up_(static_cast<std::size_t>(n_) * n_, -std::numeric_limits<double>::infinity()),
      down_(static_cast<std::size_t>(n_) * n_, -std::numeric_limits<double>::infinity()) {
    std::vector<double> finite;
    finite.reserve(static_cast<std::size_t>(n_) * n_);
    const auto at = [&](double x0, double x1) {
        return theory::concreteLogDensity(distribution, tau, Eigen::Vector3d(x0, x1, 1.0 - x0 - x1));
    };
    for (int a = 0; a < n_; ++a) {
        for (int b = 0; a + b < n_; ++b) {
            const std::size_t cell = static_cast<std::size_t>(a) * n_ + b;
            up_[cell] = at((a + 1.0 / 3.0) / n_, (b + 1.0 / 3.0) / n_);
            if (std::isfinite(up_[cell])) finite.push_back(up_[cell]);
            if (a + b < n_ - 1) {
                down_[cell] = at((a + 2.0 / 3.0) / n_, (b + 2.0 / 3.0) / n_);
                if (std::isfinite(down_[cell])) finite.push_back(down_[cell]);
            }
        }
    }
    // The share of the mass where the density is higher than a cell's, from the exact density at kShareSamples
    // samples of the engine (fixed seed): a cell's mass from its centroid would miss the mass piled up at the edges
    // and vertices for small tau, where the density has no bound.
    {
        std::vector<double>& sampled = sampledLogDensities_;
        const Result<OneHotSampler> sampler = OneHotSampler::create(distribution, tau, kShareSeed);
        if (sampler) {
            Eigen::MatrixXd c;
            sampler->sample(Stream::OneHot, 0, 0, std::max(1LL, shareSamples), c, OneHotKind::Relaxed);
            sampled.reserve(static_cast<std::size_t>(c.cols()));
            for (Eigen::Index j = 0; j < c.cols(); ++j) {
                const double v = theory::concreteLogDensity(distribution, tau, Eigen::Vector3d(c.col(j)));
                // A sample rounded onto the boundary sits where the density has no bound (tau < 2 for k = 3).
                sampled.push_back(std::isnan(v) ? std::numeric_limits<double>::infinity() : v);
            }
            std::sort(sampled.begin(), sampled.end());
        }
        upShare_.resize(up_.size());
        downShare_.resize(down_.size());
        for (std::size_t i = 0; i < up_.size(); ++i) {
            upShare_[i] = std::isfinite(up_[i]) ? denserShare(up_[i]) : std::numeric_limits<double>::quiet_NaN();
            downShare_[i] = std::isfinite(down_[i]) ? denserShare(down_[i]) : std::numeric_limits<double>::quiet_NaN();
        }
    }
    if (!finite.empty()) {
        const auto quantile = [&](double q) {
            auto it = finite.begin() + static_cast<std::ptrdiff_t>(q * static_cast<double>(finite.size() - 1));
            std::nth_element(finite.begin(), it, finite.end());
            return *it;
        };
        low_ = quantile(0.02);
        high_ = quantile(0.98);
        if (!(high_ > low_)) high_ = low_ + 1.0;
    }
}

std::size_t SimplexDensity::cellAt(double x0, double x1, bool* up) const {
    const double fa = x0 * n_;
    const double fb = x1 * n_;
    const int a = std::min(n_ - 1, static_cast<int>(fa));
    const int b = std::min(n_ - 1 - a, static_cast<int>(fb));
    *up = (fa - a) + (fb - b) < 1.0 || a + b >= n_ - 1;
    return static_cast<std::size_t>(a) * n_ + b;
}

double SimplexDensity::logDensityAt(double x0, double x1) const {
    if (!(x0 >= 0.0 && x1 >= 0.0 && x0 + x1 <= 1.0)) return -std::numeric_limits<double>::infinity();
    bool up = true;
    const std::size_t cell = cellAt(x0, x1, &up);
    return up ? up_[cell] : down_[cell];
}

double SimplexDensity::denserShare(double logDensity) const {
    if (sampledLogDensities_.empty() || std::isnan(logDensity)) return std::numeric_limits<double>::quiet_NaN();
    const auto& sampled = sampledLogDensities_;
    const auto denser = sampled.end() - std::upper_bound(sampled.begin(), sampled.end(), logDensity);
    return static_cast<double>(denser) / static_cast<double>(sampled.size());
}

double SimplexDensity::denserShareAt(double x0, double x1) const {
    if (!(x0 >= 0.0 && x1 >= 0.0 && x0 + x1 <= 1.0)) return std::numeric_limits<double>::quiet_NaN();
    bool up = true;
    const std::size_t cell = cellAt(x0, x1, &up);
    return up ? upShare_[cell] : downShare_[cell];
}

double SimplexDensity::integral() const {
    const double area = 1.0 / (2.0 * n_ * n_);
    double sum = 0.0;
    for (double v : up_) sum += std::isfinite(v) ? std::exp(v) : 0.0;
    for (double v : down_) sum += std::isfinite(v) ? std::exp(v) : 0.0;
    return sum * area;
}

}  // namespace gumbel::ui
