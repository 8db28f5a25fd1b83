#include "core/GoodnessOfFit.h"

#include <cmath>
#include <limits>

namespace gumbel {

namespace {
constexpr double kEpsilon = 1e-16;
constexpr double kTiny = 1e-300;

// e^-x x^a / Gamma(a), in logarithms so that large a and x do not overflow.
double gammaPrefactor(double a, double x) { return std::exp(-x + a * std::log(x) - std::lgamma(a)); }
}  // namespace

double regularizedGammaQ(double a, double x) {
    if (!(a > 0.0) || !(x >= 0.0) || !std::isfinite(a)) return std::numeric_limits<double>::quiet_NaN();
    if (x == 0.0) return 1.0;
    if (std::isinf(x)) return 0.0;
    if (x < a + 1.0) {
        // Series for P(a, x) = e^-x x^a / Gamma(a) * sum x^n / (a (a+1) ... (a+n)); Q = 1 - P.
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < 10000; ++n) {
            term *= x / (a + n);
            sum += term;
            if (std::abs(term) < std::abs(sum) * kEpsilon) break;
        }
        return std::max(0.0, 1.0 - sum * gammaPrefactor(a, x));
    }
    // Continued fraction for Q (modified Lentz).
    double b = x + 1.0 - a;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < kTiny) d = kTiny;
        c = b + an / c;
        if (std::abs(c) < kTiny) c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < kEpsilon) break;
    }
    return gammaPrefactor(a, x) * h;
}

double chiSquareSurvival(double x, int dof) {
    if (dof < 1) return std::numeric_limits<double>::quiet_NaN();
    return regularizedGammaQ(0.5 * dof, 0.5 * x);
}

WinnerFit winnerFit(const std::vector<long long>& counts, const Eigen::Ref<const Eigen::VectorXd>& p) {
    WinnerFit fit;
    if (static_cast<Eigen::Index>(counts.size()) != p.size()) return fit;
    for (long long c : counts) fit.samples += c;
    if (fit.samples <= 0) return fit;
    const double n = static_cast<double>(fit.samples);
    int support = 0;
    bool impossibleWinner = false;
    for (Eigen::Index i = 0; i < p.size(); ++i) {
        const double observed = static_cast<double>(counts[static_cast<std::size_t>(i)]);
        fit.totalVariation += 0.5 * std::abs(observed / n - p[i]);
        if (p[i] > 0.0) {
            ++support;
            const double expected = n * p[i];
            fit.chiSquare += (observed - expected) * (observed - expected) / expected;
            fit.totalVariationNoise += std::sqrt(p[i] * (1.0 - p[i]) / (2.0 * M_PI * n));
        } else if (observed > 0.0) {
            impossibleWinner = true;
        }
    }
    fit.degreesOfFreedom = support - 1;
    if (impossibleWinner) {
        fit.chiSquare = std::numeric_limits<double>::infinity();
        fit.pValue = 0.0;
    } else {
        // One category holds all of p: every sample must land there, and nothing else could have happened.
        fit.pValue = fit.degreesOfFreedom < 1 ? 1.0 : chiSquareSurvival(fit.chiSquare, fit.degreesOfFreedom);
    }
    return fit;
}

}  // namespace gumbel
