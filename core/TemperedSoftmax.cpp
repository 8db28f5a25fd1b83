#include "core/TemperedSoftmax.h"

#include <cmath>
#include <string>

#include "core/NoiseKernels.h"
#include "core/NumberParsing.h"

namespace gumbel {


Status validateTemperature(double tau) {
    if (std::isnan(tau)) return Error{"tau is NaN; it must be a positive number"};
    if (!std::isfinite(tau)) return Error{"tau is infinite; it must be a finite positive number"};
    if (tau <= 0.0) return Error{"tau = " + formatDouble(tau) + " must be > 0"};
    return {};
}

void temperedSoftmaxColumns(Eigen::Ref<Eigen::MatrixXd> zToC, double tau) {
    const Eigen::Index k = zToC.rows();
    for (Eigen::Index j = 0; j < zToC.cols(); ++j) {
        double* column = zToC.col(j).data();
        for (Eigen::Index i = 0; i < k; ++i) column[i] = column[i] > kernels::kFiniteFloor ? column[i] : kernels::kFiniteFloor;
        kernels::softmaxColumns(column, nullptr, static_cast<std::size_t>(k), 1, tau);
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

void hardOneHotColumns(Eigen::Ref<Eigen::MatrixXd> zToC) {
    for (Eigen::Index j = 0; j < zToC.cols(); ++j) {
        const Eigen::Index winner = argmaxIndex(zToC.col(j));
        zToC.col(j).setZero();
        zToC(winner, j) = 1.0;
    }
}

}  // namespace gumbel
