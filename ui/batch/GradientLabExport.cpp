#include "ui/batch/GradientLabExport.h"

#include <QDir>

#include "core/NumberParsing.h"
#include "ui/batch/Exporter.h"
#include "ui/model/GradientLab.h"

namespace gumbel::ui {

namespace {
QString num(double v) { return QString::fromStdString(formatDouble(v)); }
QString name(Estimator e) { return QString::fromUtf8(estimatorName(e).data(), static_cast<int>(estimatorName(e).size())); }
bool shows(unsigned estimators, Estimator e) { return (estimators & (1u << static_cast<int>(e))) != 0; }
std::size_t at(Estimator e) { return static_cast<std::size_t>(e); }
}  // namespace

Result<QStringList> exportGradientLabData(const GradientLab& lab, const QString& folder) {
    const QDir dir(folder);
    QStringList written;
    const auto keep = [&](const QString& file, Status s) {
        if (s) written << file;
        return s;
    };
    const GradientSweepResult& sweep = lab.lastSweep();
    std::vector<QStringList> rows;
    const bool exact = sweep.exact.available && sweep.exact.biasSquared.size() == sweep.points.size();
    for (std::size_t i = 0; i < sweep.points.size(); ++i) {
        const GradientCurvePoint& p = sweep.points[i];
        for (Estimator e : allEstimators()) {
            if (!shows(sweep.estimators, e)) continue;
            // The exact columns are empty where no closed form is known (k > 2).
            rows.push_back({num(p.tau), name(e), QString::number(p.samples), num(p.biasSquared[at(e)]),
                            num(p.biasSquaredEstimate[at(e)]), num(p.biasSquaredError[at(e)]),
                            exact ? num(sweep.exact.biasSquared[i][at(e)]) : QString(), num(p.variance[at(e)]),
                            exact ? num(sweep.exact.variance[i][at(e)]) : QString(), num(p.meanSquaredError[at(e)]),
                            QString::number(sweep.batch), num(p.batchMeanSquaredError(e, sweep.batch)),
                            num(sweep.exactNormSquared)});
        }
    }
    // bias_squared is ||mean - g*||^2 (expectation bias^2 + variance / N); bias_squared_estimate subtracts variance /
    // N (unbiased), with its standard error; batch_mse is the MSE of a mean of `batch` samples.
    Status s = keep("gradient_sweep.csv",
                    writeCsvFile(dir.filePath("gradient_sweep.csv"),
                                 {"tau", "estimator", "samples", "bias_squared", "bias_squared_estimate",
                                  "bias_squared_standard_error", "exact_bias_squared", "variance_trace",
                                  "exact_variance_trace", "mse", "batch", "batch_mse", "exact_gradient_norm_squared"},
                                 rows));
    const GradientPointResult& point = lab.lastPoint();
    if (s && point.exact.size() > 0) {
        QStringList header{"component", "exact_gradient"};
        for (Estimator e : allEstimators()) {
            if (shows(point.estimators, e)) header << name(e) + "_mean" << name(e) + "_sd";
        }
        rows.clear();
        for (Eigen::Index i = 0; i < point.exact.size(); ++i) {
            QStringList row{QString::number(i), num(point.exact[i])};
            for (Estimator e : allEstimators()) {
                if (!shows(point.estimators, e) || point.mean[at(e)].size() != point.exact.size()) continue;
                row << num(point.mean[at(e)][i]) << num(point.standardDeviation[at(e)][i]);
            }
            rows.push_back(row);
        }
        s = keep("gradient_at_tau.csv", writeCsvFile(dir.filePath("gradient_at_tau.csv"), header, rows));
        QStringList densityHeader{"bin_left", "bin_right"};
        std::size_t bins = 0;
        for (Estimator e : allEstimators()) {
            if (!point.density[at(e)].empty()) {
                densityHeader << name(e) + "_density";
                bins = point.density[at(e)].size();
            }
        }
        rows.clear();
        const double width = bins > 0 ? (point.high - point.low) / static_cast<double>(bins) : 0.0;
        for (std::size_t b = 0; b < bins; ++b) {
            QStringList row{num(point.low + width * static_cast<double>(b)), num(point.low + width * static_cast<double>(b + 1))};
            for (Estimator e : allEstimators()) {
                if (!point.density[at(e)].empty()) row << num(point.density[at(e)][b]);
            }
            rows.push_back(row);
        }
        if (s) s = keep("gradient_density.csv", writeCsvFile(dir.filePath("gradient_density.csv"), densityHeader, rows));
    }
    const GradientRaceResult& race = lab.lastRace();
    if (s && race.steps > 0) {
        QStringList header{"step", "tau"};
        for (Estimator e : allEstimators()) {
            if (!race.loss[at(e)].empty()) header << name(e) + "_loss";
        }
        header << "exact_gradient_loss" << "best_vertex";
        rows.clear();
        for (int t = 0; t <= race.steps; ++t) {
            const auto step = static_cast<std::size_t>(t);
            QStringList row{QString::number(t), num(step < race.taus.size() ? race.taus[step] : race.taus.back())};
            for (Estimator e : allEstimators()) {
                if (!race.loss[at(e)].empty()) row << num(race.loss[at(e)][step]);
            }
            row << num(race.exactLoss[step]) << num(race.bestVertex);
            rows.push_back(row);
        }
        s = keep("gradient_race.csv", writeCsvFile(dir.filePath("gradient_race.csv"), header, rows));
    }
    if (!s) return Error{s.error()};
    return written;
}

}  // namespace gumbel::ui
