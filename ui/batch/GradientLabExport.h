#pragma once
// The gradient lab's numbers as CSV (locale-independent, one header row): every curve of the sweep, the exact
// gradient and each estimator's mean and sd at the current tau, the component's densities, and the race.
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace gumbel::ui {

class GradientLab;

// Writes gradient_sweep.csv, gradient_at_tau.csv, gradient_density.csv and gradient_race.csv (those whose
// results exist) into `folder`; returns their names.
[[nodiscard]] Result<QStringList> exportGradientLabData(const GradientLab& lab, const QString& folder);

}  // namespace gumbel::ui
