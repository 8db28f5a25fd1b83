#include "tests/support/StatChecks.h"

#include <algorithm>
#include <cmath>

namespace gumbel::testing {

namespace {
constexpr double kKsAlpha001 = 1.9495;  // sqrt(-0.5 * ln(0.001 / 2))
constexpr double kNormal999 = 3.090232306167813;  // upper 0.1% point of N(0,1)
}  // namespace

double chiSquare(const std::vector<long long>& observed, const std::vector<double>& probabilities) {
    double total = 0.0;
    for (long long o : observed) total += static_cast<double>(o);
    double statistic = 0.0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double expected = total * probabilities[i];
        const double diff = static_cast<double>(observed[i]) - expected;
        statistic += diff * diff / expected;
    }
    return statistic;
}

double chiSquareTwoSample(const std::vector<long long>& a, const std::vector<long long>& b, int& dof) {
    double totalA = 0.0, totalB = 0.0;
    for (long long v : a) totalA += static_cast<double>(v);
    for (long long v : b) totalB += static_cast<double>(v);
    double statistic = 0.0;
    int cells = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double both = static_cast<double>(a[i] + b[i]);
        if (both == 0.0) continue;
        ++cells;
        const double expectedA = both * totalA / (totalA + totalB);
        const double expectedB = both * totalB / (totalA + totalB);
        statistic += (static_cast<double>(a[i]) - expectedA) * (static_cast<double>(a[i]) - expectedA) / expectedA;
        statistic += (static_cast<double>(b[i]) - expectedB) * (static_cast<double>(b[i]) - expectedB) / expectedB;
    }
    dof = cells - 1;
    return statistic;
}

double chiSquareCritical(int dof) {
    const double k = dof;
    const double a = 2.0 / (9.0 * k);
    return k * std::pow(1.0 - a + kNormal999 * std::sqrt(a), 3.0);
}

double ksStatistic(std::vector<double> sample, const std::function<double(double)>& cdf) {
    std::sort(sample.begin(), sample.end());
    const double n = static_cast<double>(sample.size());
    double d = 0.0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        const double f = cdf(sample[i]);
        d = std::max({d, f - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - f});
    }
    return d;
}

double ksTwoSample(std::vector<double> a, std::vector<double> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::size_t i = 0;
    std::size_t j = 0;
    double d = 0.0;
    while (i < a.size() && j < b.size()) {
        const double x = std::min(a[i], b[j]);
        while (i < a.size() && a[i] <= x) ++i;
        while (j < b.size() && b[j] <= x) ++j;
        d = std::max(d, std::fabs(static_cast<double>(i) / a.size() - static_cast<double>(j) / b.size()));
    }
    return d;
}

double ksCritical(std::size_t n) { return kKsAlpha001 / std::sqrt(static_cast<double>(n)); }

double ksCriticalTwoSample(std::size_t n, std::size_t m) {
    return kKsAlpha001 * std::sqrt(static_cast<double>(n + m) / (static_cast<double>(n) * static_cast<double>(m)));
}

}  // namespace gumbel::testing
