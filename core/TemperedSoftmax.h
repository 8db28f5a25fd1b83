#pragma once
// C = softmax(z / tau), computed in log space: subtract max(z) first, so no
// overflow for any tau > 0 and any finite or -inf z; z_i = -inf gives C_i = 0.
#include <Eigen/Core>

#include "core/Result.h"

namespace gumbel {

// tau must be finite and > 0.
Status validateTemperature(double tau);

// Each column of `zToC` holds z on entry and C on return.
void temperedSoftmaxColumns(Eigen::Ref<Eigen::MatrixXd> zToC, double tau);

// One column, with log C on request (exact in log space, for tests and densities).
void temperedSoftmax(const Eigen::Ref<const Eigen::VectorXd>& z, double tau, Eigen::Ref<Eigen::VectorXd> c,
                     Eigen::VectorXd* logC = nullptr);

// Index of the largest z (the first on ties): the hard one-hot's single 1.
Eigen::Index argmaxIndex(const Eigen::Ref<const Eigen::VectorXd>& z);

// Each column of `zToC` becomes the exact one-hot at its argmax.
void hardOneHotColumns(Eigen::Ref<Eigen::MatrixXd> zToC);

}  // namespace gumbel
