// The lessons on the estimators researchers compare today: one sample under the microscope (numbers from sample 1
// of the lab's noise), decoupled straight-through's (tau_f, tau_b) map, and annealing schedules (the shares of
// steps above tau = 1 computed from the schedules themselves).
#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "ui/model/Microscope.h"
#include "ui/text/Lessons.h"

namespace gumbel::ui {

namespace {
void microscopeLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;
    s.estimators = estimatorMask({Estimator::Reinforce, Estimator::Relaxed, Estimator::StraightThrough, Estimator::ReinMax});
    s.microscopeCloud = true;
}
void decoupledLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::HitFirst;
    s.estimators = estimatorMask({Estimator::Relaxed, Estimator::StraightThrough, Estimator::DecoupledStraightThrough});
    s.decoupledMap = true;
}
void annealingLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;  // the toy of lessons 10 and 11, B = 100 as there
    s.batch = 100;
    s.estimators = estimatorMask({Estimator::Reinforce, Estimator::Relaxed, Estimator::StraightThrough});
    s.anneal = true;
    s.schedule = AnnealSchedule::Linear;
}

// The share of the race's steps whose tau_t is above `tau` under `schedule` (the lab's other settings).
double shareAbove(GradientLabSettings s, AnnealSchedule schedule, double tau) {
    s.schedule = schedule;
    int above = 0;
    for (int t = 0; t < s.steps; ++t) above += s.raceTau(t, 1.0) > tau ? 1 : 0;
    return static_cast<double>(above) / std::max(1, s.steps);
}
}  // namespace

std::vector<Lesson> estimatorLessons() {
    return {
        {"microscope", QT_TRANSLATE_NOOP("Lessons", "One sample under the microscope"), ViewId::Microscope,
         [](ExplorerParameters& p) {
             p.k = 3;
             p.m = 1;
             p.preset = Preset::Custom;
             p.customWeights = {0.5, 0.3, 0.2};
             p.tau = 1.0;
         },
         [](const ExplorerParameters& p, const Distribution& distribution) {
             GradientLabSettings lab;
             microscopeLab(lab);
             const MicroscopeData d = computeMicroscope(distribution.logProbabilities(), lab, p.tau, p.seed, 0, true);
             if (!d.ok()) return d.error;
             const auto at = [&d](Estimator e) { return d.estimate[static_cast<std::size_t>(e)]; };
             const Eigen::Matrix3Xd& cloud = d.cloud[static_cast<std::size_t>(Estimator::Reinforce)];
             const Eigen::Vector3d cloudMean = cloud.rowwise().mean();
             const double exactLength = projectOnPlane(d.exact).norm();
             return QCoreApplication::translate(
                        "Lessons",
                        "<p>A gradient estimator turns one random sample into one vector. This is sample 1 of the "
                        "gradient lab's noise at k = 3 and tau = %L1 (the loss: f(x) = (x_0 - 0.45)^2). The black dot is its "
                        "relaxed point C, the ringed corner its winner, category %2; the diamond is p. The short "
                        "dashed red-orange arrow at the dot is the exact gradient g*; each coloured arrow is one estimator's answer for "
                        "this sample alone, projected on the triangle (SGD moves the logits against it).</p>"
                        "<p>For this sample REINFORCE (black) points %L3 degrees away from g* and is %L4 times as long; "
                        "the relaxed estimator (blue) %L5 degrees away, straight-through (indigo) %L6, ReinMax (violet) "
                        "%L7. Press <b>Right</b> to step through the samples and watch which arrows jump.</p>"
                        "<p>The dots are the first 400 samples' arrow tips (press <b>C</b> to hide them). One "
                        "REINFORCE arrow is a poor guess, but their mean is %L8 degrees from g*: unbiased, just noisy. "
                        "Where a cloud's centre misses g*'s tip, that estimator is biased.</p>")
                 .arg(p.tau, 0, 'g', 3)
                 .arg(d.winner)
                 .arg(planeAngleDegrees(at(Estimator::Reinforce), d.exact), 0, 'f', 0)
                 .arg(exactLength > 0.0 ? projectOnPlane(at(Estimator::Reinforce)).norm() / exactLength : 0.0, 0, 'f', 1)
                 .arg(planeAngleDegrees(at(Estimator::Relaxed), d.exact), 0, 'f', 0)
                 .arg(planeAngleDegrees(at(Estimator::StraightThrough), d.exact), 0, 'f', 0)
                 .arg(planeAngleDegrees(at(Estimator::ReinMax), d.exact), 0, 'f', 0)
                 .arg(planeAngleDegrees(cloudMean, d.exact), 0, 'f', 0);
         },
         microscopeLab},
        {"decoupled", QT_TRANSLATE_NOOP("Lessons", "Two temperatures in one gradient: tau_f and tau_b"), ViewId::Gradients,
         [](ExplorerParameters& p) {
             p.k = 5;
             p.m = 1;
             p.preset = Preset::Zipf;
             p.tau = 0.3;
         },
         [](const ExplorerParameters&, const Distribution&) {
             GradientLabSettings lab;
             decoupledLab(lab);
             return QCoreApplication::translate(
                        "Lessons",
                        "<p><b>Decoupled straight-through</b> (pink) computes the forward value at one temperature, "
                        "tau_f (the tau slider), and backpropagates through the softmax at another, tau_b (%L1 here, in "
                        "the lab's settings).</p>"
                        "<p>The map at the top right, in the MSE chart's place, colours the MSE of the mean of B "
                        "estimates at 20 x 20 pairs (tau_f, tau_b) on the same noise: the darker, the better. On the "
                        "dashed diagonal tau_f = tau_b it is the relaxed estimator (blue). The lowest cell is framed "
                        "and named above the map; the ring is where the lab is now.</p>"
                        "<p>Predict first: should the backward pass be hotter or colder than the forward one? Then "
                        "click a cell: tau and tau_b move there, and the pink curves follow.</p>")
                 .arg(lab.backwardTau, 0, 'g', 3);
         },
         decoupledLab},
        {"annealing", QT_TRANSLATE_NOOP("Lessons", "Annealing schedules"), ViewId::Gradients,
         [](ExplorerParameters& p) {
             p.k = 2;
             p.m = 1;
             p.preset = Preset::Uniform;
             p.tau = 0.5;
         },
         [](const ExplorerParameters&, const Distribution&) {
             GradientLabSettings lab;
             annealingLab(lab);
             const int reach = static_cast<int>(std::ceil(std::log(1.0 / lab.tauMin) / lab.annealRate));
             return QCoreApplication::translate(
                        "Lessons",
                        "<p>Training usually lowers tau as it goes. The race (bottom right) now follows a schedule "
                        "over its %1 steps. On the top charts the dashed dark grey line is the race's tau_t now, and the "
                        "dots near the top its path so far, one every %6 steps: the stretch of the bias and variance "
                        "curves the race goes through.</p>"
                        "<p>Three schedules (lab settings, Schedule): a straight line from 5 to 0.05, which spends "
                        "%L2% of its steps above tau = 1, where the relaxed estimator's bias is large; an exponential "
                        "from 5 to 0.05, even steps in log tau, %L3% above 1; and Jang et al.'s max(0.5, exp(-r t)) with "
                        "r = %L4, which starts at 1 and stays at 0.5 from step %5 on.</p>"
                        "<p>Predict: with which schedule does the relaxed race (blue) end lowest? Switch and watch "
                        "where the dots crowd.</p>")
                 .arg(lab.steps)
                 .arg(100.0 * shareAbove(lab, AnnealSchedule::Linear, 1.0), 0, 'f', 0)
                 .arg(100.0 * shareAbove(lab, AnnealSchedule::Exponential, 1.0), 0, 'f', 0)
                 .arg(lab.annealRate, 0, 'g', 3)
                 .arg(reach)
                 .arg(std::max(1, lab.steps / GradientLabLimits::kRacePathDots));
         },
         annealingLab},
    };
}

}  // namespace gumbel::ui
