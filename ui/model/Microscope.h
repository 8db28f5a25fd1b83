#pragma once
// One sample under the microscope (k = 3): sample n of the gradient lab's noise (Stream::Gradient, column n: the
// same eps its statistics use), its relaxed point C_n = softmax((log p + eps_n) / tau), its winner, the exact
// gradient g* and each shown estimator's estimate for that sample; on demand the estimates of the first
// kCloud samples (the cloud). A plain function of its inputs, computed in well under a frame at k = 3.
#include <Eigen/Core>
#include <QString>
#include <array>
#include <cstdint>

#include "ui/model/GradientLabSettings.h"

namespace gumbel::ui {

struct MicroscopeData {
    static constexpr int kCloud = 400;

    QString error;                 // why there is nothing to show (k != 3, settings the engine refuses)
    std::uint64_t sample = 0;      // n
    double tau = 1.0;
    Eigen::Vector3d p = Eigen::Vector3d::Zero();       // softmax(theta)
    Eigen::Vector3d point = Eigen::Vector3d::Zero();   // C_n
    int winner = 0;                                    // argmax(log p + eps_n)
    Eigen::Vector3d exact = Eigen::Vector3d::Zero();   // g*
    unsigned estimators = 0;
    std::array<Eigen::Vector3d, kEstimatorCount> estimate{};   // of sample n
    std::array<Eigen::Matrix3Xd, kEstimatorCount> cloud{};     // 3 x kCloud, samples 0 .. kCloud - 1 (when asked)

    bool ok() const { return error.isEmpty(); }
    bool shows(Estimator e) const { return (estimators & (1u << static_cast<int>(e))) != 0; }
};

MicroscopeData computeMicroscope(const Eigen::VectorXd& theta, const GradientLabSettings& settings, double tau,
                                 std::uint64_t seed, std::uint64_t sample, bool cloud);

// A tangent vector d (sum 0, e.g. a gradient less its mean) drawn on the triangle with corners v: sum_i d_i v_i.
// The gradient with respect to the logits, projected on the simplex's plane: g - mean(g).
Eigen::Vector3d projectOnPlane(const Eigen::Vector3d& g);
// The angle between two gradients projected on that plane, in degrees (0 when either is 0 there).
double planeAngleDegrees(const Eigen::Vector3d& a, const Eigen::Vector3d& b);

}  // namespace gumbel::ui
