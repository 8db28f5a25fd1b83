#include "core/TemperedSoftmax.h"

#include <cmath>
#include <string>

#include "core/NoiseKernels.h"
#include "core/NumberParsing.h"

namespace gumbel {

namespace {
// exp(-800) == 0 in double; clamping there keeps the vector exp on finite input.
constexpr double kExpFloor = -800.0;

double scaledGap(double z, double top, double tau) {
    const double x = (z - top) / tau;  // -inf for z = -inf; <= 0 always
    return x > kExpFloor ? x : kExpFloor;
}
}  // namespace

Status validateTemperature(double tau) {
    if (std::isnan(tau)) return Error{"tau is NaN; it must be a positive number"};
    if (!std::isfinite(tau)) return Error{"tau is infinite; it must be a finite positive number"};
    if (tau <= 0.0) return Error{"tau = " + formatDouble(tau) + " must be > 0"};
    return {};
}

void temperedSoftmaxColumns(Eigen::MatrixXd& zToC, double tau) {
    const Eigen::Index k = zToC.rows();
    for (Eigen::Index j = 0; j < zToC.cols(); ++j) {
        double* column = zToC.col(j).data();
        double top = column[0];
        for (Eigen::Index i = 1; i < k; ++i) top = column[i] > top ? column[i] : top;
        for (Eigen::Index i = 0; i < k; ++i) column[i] = scaledGap(column[i], top, tau);
    }
    kernels::expNonPositive(zToC.data(), static_cast<std::size_t>(zToC.size()));
    for (Eigen::Index j = 0; j < zToC.cols(); ++j) {
        // A plain left-to-right sum: Eigen's vectorised sum would start at the
        // first aligned address, so a column's result would depend on where
        // it sits in the block.
        double* column = zToC.col(j).data();
        double sum = 0.0;
        for (Eigen::Index i = 0; i < k; ++i) sum += column[i];
        const double scale = 1.0 / sum;  // the max term is exactly 1, so sum >= 1
        for (Eigen::Index i = 0; i < k; ++i) column[i] *= scale;
    }
}

void temperedSoftmax(const Eigen::Ref<const Eigen::VectorXd>& z, double tau, Eigen::Ref<Eigen::VectorXd> c,
                     Eigen::VectorXd* logC) {
    const double top = z.maxCoeff();
    Eigen::VectorXd gap(z.size());
    for (Eigen::Index i = 0; i < z.size(); ++i) gap[i] = (z[i] - top) / tau;
    double sum = 0.0;
    for (Eigen::Index i = 0; i < z.size(); ++i) sum += std::exp(gap[i]);
    const double logSum = std::log(sum);
    for (Eigen::Index i = 0; i < z.size(); ++i) c[i] = std::exp(gap[i]) / sum;
    if (logC != nullptr) *logC = gap.array() - logSum;
}

Eigen::Index argmaxIndex(const Eigen::Ref<const Eigen::VectorXd>& z) {
    Eigen::Index best = 0;
    for (Eigen::Index i = 1; i < z.size(); ++i) {
        if (z[i] > z[best]) best = i;
    }
    return best;
}

void hardOneHotColumns(Eigen::MatrixXd& zToC) {
    for (Eigen::Index j = 0; j < zToC.cols(); ++j) {
        const Eigen::Index winner = argmaxIndex(zToC.col(j));
        zToC.col(j).setZero();
        zToC(winner, j) = 1.0;
    }
}

}  // namespace gumbel
