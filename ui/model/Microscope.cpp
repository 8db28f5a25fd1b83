#include "ui/model/Microscope.h"

#include <algorithm>
#include <cmath>

#include "core/GradientEstimators.h"
#include "core/NoiseField.h"
#include "core/TemperedSoftmax.h"

namespace gumbel::ui {

Eigen::Vector3d projectOnPlane(const Eigen::Vector3d& g) { return g.array() - g.mean(); }

double planeAngleDegrees(const Eigen::Vector3d& a, const Eigen::Vector3d& b) {
    const Eigen::Vector3d u = projectOnPlane(a), v = projectOnPlane(b);
    if (!(u.norm() > 0.0) || !(v.norm() > 0.0)) return 0.0;
    return std::acos(std::clamp(u.dot(v) / (u.norm() * v.norm()), -1.0, 1.0)) * 180.0 / M_PI;
}

MicroscopeData computeMicroscope(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau,
                                 std::uint64_t seed, std::uint64_t sample, bool cloud) {
    MicroscopeData out;
    out.sample = sample;
    out.tau = tau;
    out.estimators = settings.estimators;
    if (theta.size() != 3) {
        out.error = QStringLiteral("k = 3 only");
        return out;
    }
    const Result<Objective> objective = settings.objective(3);
    if (!objective) {
        out.error = QString::fromStdString(objective.error());
        return out;
    }
    const Result<GradientEstimators> estimators =
        GradientEstimators::create(theta, objective.value(), settings.engineSettings(tau, seed));
    if (!estimators) {
        out.error = QString::fromStdString(estimators.error());
        return out;
    }
    out.p = estimators->distribution().probabilities();
    out.exact = estimators->exact().gradient;
    // C_n from sample n's eps, as the relaxed estimator forms it.
    Eigen::Vector3d eps;
    NoiseField(seed).gumbels(Stream::Gradient, 0, static_cast<std::uint32_t>(sample), 1, 3, eps.data());
    const Eigen::VectorXd z = estimators->distribution().finiteLogProbabilities() + eps;
    Eigen::VectorXd c(3);
    temperedSoftmax(z, tau, c);
    out.point = c;
    out.winner = static_cast<int>(estimators->winner(sample));
    const EstimatorSet which = settings.estimatorSet();
    GradientScratch scratch;
    std::array<Eigen::MatrixXd, kEstimatorCount> block;
    estimators->estimateBlock(sample, 1, which, scratch, block);
    for (Estimator e : allEstimators()) {
        if (!which.contains(e)) continue;
        out.estimate[static_cast<std::size_t>(e)] = block[static_cast<std::size_t>(e)].col(0);
    }
    if (cloud) {
        estimators->estimateBlock(0, MicroscopeData::kCloud, which, scratch, block);
        for (Estimator e : allEstimators()) {
            if (which.contains(e)) out.cloud[static_cast<std::size_t>(e)] = block[static_cast<std::size_t>(e)];
        }
    }
    return out;
}

}  // namespace gumbel::ui
