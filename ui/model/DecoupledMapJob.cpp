#include "ui/model/DecoupledMapJob.h"

#include <QElapsedTimer>

namespace gumbel::ui {

void computeDecoupledMap(const Eigen::VectorXd& theta, const GradientLabSettings& settings, std::uint64_t seed,
                         const std::atomic<bool>& cancel, const std::function<void(const DecoupledMapResult&)>& publish,
                         int threads) {
    QElapsedTimer clock;
    clock.start();
    DecoupledMapResult result;
    result.taus = logSpaced(GradientLabLimits::kSweepTauMin, GradientLabLimits::kSweepTauMax, DecoupledMapResult::kPoints);
    result.total = DecoupledMapResult::kSamples;
    const auto fail = [&](const std::string& why) {
        result.error = QString::fromStdString(why);
        result.finished = true;
        publish(result);
    };
    const Result<Objective> objective = settings.objective(static_cast<int>(theta.size()));
    if (!objective) return fail(objective.error());
    DecoupledMapRequest request;
    request.taus = result.taus;
    request.samples = result.total;
    request.threads = threads;
    const auto cells = decoupledMap(theta, objective.value(), settings.engineSettings(1.0, seed), request, &cancel,
                                    [&](long long samples, const std::vector<DecoupledCell>& sofar) {
                                        result.cells = sofar;
                                        result.samples = samples;
                                        result.seconds = static_cast<double>(clock.nsecsElapsed()) * 1e-9;
                                        result.finished = samples == result.total;
                                        if (!cancel.load()) publish(result);
                                    });
    if (cancel.load()) return;
    if (!cells) fail(cells.error());
}

}  // namespace gumbel::ui
