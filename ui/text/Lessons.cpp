#include "ui/text/Lessons.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/BinaryGradientTheory.h"
#include "core/Theory.h"
#include "ui/text/Language.h"
#include "ui/model/GradientLabJobs.h"
#include "ui/model/Microscope.h"

namespace gumbel::ui {

namespace {
unsigned estimatorBits(std::initializer_list<Estimator> estimators) {
    unsigned bits = 0;
    for (Estimator e : estimators) bits |= 1u << static_cast<int>(e);
    return bits;
}

// The gradient lessons' lab: the Bernoulli toy, B = 100 samples a step (with B = 1 every race curve jumps between
// 0.22 and 0.27 and nothing stops short), 300 steps at learning rate 1.
void biasVarianceLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;
    s.estimators = estimatorBits({Estimator::Reinforce, Estimator::Relaxed});
    s.batch = 100;
}
void raoBlackwellLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;
    s.conditional = 10;
    s.samplesPerPoint = 30000;
    s.batch = 100;
    s.estimators = estimatorBits({Estimator::Reinforce, Estimator::StraightThrough, Estimator::GumbelRao});
}
void microscopeLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;
    s.estimators = estimatorBits({Estimator::Reinforce, Estimator::Relaxed, Estimator::StraightThrough, Estimator::ReinMax});
    s.microscopeCloud = true;
}
void decoupledLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::HitFirst;
    s.estimators = estimatorBits({Estimator::Relaxed, Estimator::StraightThrough, Estimator::DecoupledStraightThrough});
    s.decoupledMap = true;
}
void annealingLab(GradientLabSettings& s) {
    biasVarianceLab(s);
    s.estimators = estimatorBits({Estimator::Reinforce, Estimator::Relaxed, Estimator::StraightThrough});
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

// The angle between two gradients on the triangle's plane, in degrees.
double planeAngle(const Eigen::Vector3d& a, const Eigen::Vector3d& b) {
    const Eigen::Vector3d u = projectOnPlane(a), v = projectOnPlane(b);
    if (!(u.norm() > 0.0) || !(v.norm() > 0.0)) return 0.0;
    return std::acos(std::clamp(u.dot(v) / (u.norm() * v.norm()), -1.0, 1.0)) * 180.0 / M_PI;
}

// The numbers the gradient lessons quote, from the closed forms (k = 2), never from samples.
struct LabNumbers {
    bool ok = false;
    QString error;
    double exact = 0, exactNormSquared = 0;
    double reinforceVariance = 0;                        // trace, one sample
    double relaxedBiasAtOne = 0, relaxedBiasAtTenth = 0;  // bias^2
    double straightThroughMean = 0, straightThroughBias = 0, straightThroughVariance = 0;
    double gumbelRaoVariance = 0, gumbelRaoLimit = 0;    // traces
    RaceLandmarks race;
};

LabNumbers labNumbers(const Distribution& distribution, const GradientLabSettings& lab, double tau) {
    LabNumbers n;
    const Eigen::VectorXd theta = distribution.logProbabilities();
    const Result<Objective> objective = lab.objective(static_cast<int>(theta.size()));
    if (!objective) {
        n.error = QString::fromStdString(objective.error());
        return n;
    }
    const auto at = [&](double t, int conditional) { return theory::binaryGradientMoments(theta, objective.value(), t, conditional); };
    const auto now = at(tau, lab.conditional);
    const auto one = at(1.0, lab.conditional);
    const auto tenth = at(0.1, lab.conditional);
    const auto limit = at(tau, 1000000);
    const Result<RaceLandmarks> race = binaryRaceLandmarks(theta, lab, tau);
    for (const std::string* error : {now ? nullptr : &now.error(), one ? nullptr : &one.error(),
                                     tenth ? nullptr : &tenth.error(), limit ? nullptr : &limit.error(),
                                     race ? nullptr : &race.error()}) {
        if (error != nullptr) {
            n.error = QCoreApplication::translate("Lessons", "<p>This lesson needs two categories: %1</p>")
                          .arg(QString::fromStdString(*error));
            return n;
        }
    }
    n.ok = true;
    n.exact = now->exact;
    n.exactNormSquared = 2.0 * now->exact * now->exact;
    n.reinforceVariance = now->varianceTrace(Estimator::Reinforce);
    n.relaxedBiasAtOne = one->biasSquared(Estimator::Relaxed);
    n.relaxedBiasAtTenth = tenth->biasSquared(Estimator::Relaxed);
    n.straightThroughMean = now->mean[static_cast<std::size_t>(Estimator::StraightThrough)];
    n.straightThroughBias = now->biasSquared(Estimator::StraightThrough);
    n.straightThroughVariance = now->varianceTrace(Estimator::StraightThrough);
    n.gumbelRaoVariance = now->varianceTrace(Estimator::GumbelRao);
    n.gumbelRaoLimit = limit->varianceTrace(Estimator::GumbelRao);
    n.race = race.value();
    return n;
}
}  // namespace

const std::vector<Lesson>& lessons() {
    static const std::vector<Lesson> all = {
        {"temperature", QT_TRANSLATE_NOOP("Lessons", "What the temperature does"), ViewId::Explorer,
         [](ExplorerParameters& p) {
             p.k = 6;
             p.d = 24;
             p.m = 2;
             p.tau = 1.0;
             p.preset = Preset::Zipf;
             p.presetParameter = 1.0;
             p.seed = 7;
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>Every column of <b>G</b> is one relaxed one-hot vector C = softmax((log p + eps) / tau).</p>"
                 "<p><b>Drag tau</b> (or press <b>Space</b>, or the toolbar's Play, to anneal it from 10 down to "
                 "0.01). The noise eps stays "
                 "fixed, so you watch the <i>same</i> samples change: at large tau every column is close to uniform "
                 "(1/k everywhere, a flat colour); at small tau each column turns into a single bright cell, a one-hot "
                 "vector.</p><p>Notice that the bright cell of a column never moves: the winner argmax C = argmax (log p "
                 "+ eps) does not depend on tau. Histogram (3) shows how close to one-hot the samples are.</p>");
         },
         [](GradientLabSettings&) {},
         false},
        {"gumbel-max", QT_TRANSLATE_NOOP("Lessons", "The Gumbel-max trick: the winner follows p"), ViewId::Explorer,
         [](ExplorerParameters& p) {
             p.k = 5;
             p.m = 2;
             p.tau = 0.5;
             p.preset = Preset::Geometric;
             p.presetParameter = 0.6;
             p.samples = 200000;
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>Add Gumbel noise to log p and take the largest entry: category i wins with probability exactly "
                 "p_i. That is the Gumbel-max trick, and the softmax keeps the same winner.</p>"
                 "<p>Histogram <b>(1)</b> counts the winners of 200,000 samples (blue bars) against p (red-orange dots). "
                 "Now move tau from 0.01 to 10: the bars stay on the dots. Temperature changes how <i>sharp</i> a "
                 "sample is, never <i>which</i> category it picks.</p>"
                 "<p>Try a custom p in the table: type a weight, and the bars follow.</p>");
         },
         [](GradientLabSettings&) {},
         false,
         false},
        {"why-gumbel", QT_TRANSLATE_NOOP("Lessons", "Why Gumbel? Other noise breaks the trick"), ViewId::Explorer,
         [](ExplorerParameters& p) {
             p.k = 10;
             p.m = 2;
             p.tau = 0.5;
             p.preset = Preset::Zipf;
             p.presetParameter = 1.0;
             p.samples = 100000;
             p.noise = NoiseKind::Gaussian;
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>This lesson adds <b>Gaussian</b> noise to log p instead of Gumbel noise, with the same spread "
                 "(variance pi^2/6). Predict: do the winners still follow p?</p>"
                 "<p>Histogram <b>(1)</b>: the favourite, category 0, wins more often than its dot says and the rare "
                 "categories on the right less often. The line under the histograms answers <b>No</b>: a chi-square "
                 "p-value below 0.0001 and a total variation far above what sampling noise alone gives.</p>"
                 "<p>Choose <b>uniform</b> under noise law: the favourite gains even more. Choose <b>none</b>: it "
                 "wins every time. Choose <b>Gumbel</b>: the bars sit on the dots and the answer turns to "
                 "<b>Yes</b>.</p>"
                 "<p>Why Gumbel: the largest of independent Gumbel variables placed at log p_i is again Gumbel, and "
                 "category i wins with probability exactly p_i. With three or more categories no other noise does "
                 "this for every p.</p>");
         },
         [](GradientLabSettings&) {},
         false,
         false},
        {"two-temperatures", QT_TRANSLATE_NOOP("Lessons", "Two temperatures: tau and the logit T"), ViewId::Explorer,
         [](ExplorerParameters& p) {
             p.k = 5;
             p.m = 2;
             p.tau = 1.0;
             p.preset = Preset::Zipf;
             p.presetParameter = 1.0;
             p.samples = 100000;
             p.logitTemperature = 0.5;
         },
         [](const ExplorerParameters& p, const Distribution& distribution) {
             const Result<Distribution> base = p.baseDistribution();
             if (!base) return QString::fromStdString(base.error()).toHtmlEscaped();
             const auto percent = [](double x) { return displayNumber(100.0 * x, 'f', 1); };
             return QCoreApplication::translate("Lessons",
                        "<p>Two different knobs are called temperature. <b>tau</b>, the Gumbel-Softmax temperature, "
                        "divides log p <i>and</i> the noise: softmax((log p + eps) / tau). <b>T</b>, the logit "
                        "temperature of language-model sampling, divides log p <i>alone</i>, before the noise: "
                        "log p / T + eps. Predict: which of the two sliders moves the bars of histogram (1)?</p>"
                        "<p>Drag <b>tau</b> from 0.01 to 10: the columns of G sharpen and soften, but the bars stay "
                        "put. Dividing every entry by the same tau never changes which one is largest.</p>"
                        "<p>Now T = %1: the winners follow p^(1/T) (red-orange dots), not p (grey dots). Category 0 "
                        "wins %2% of the time instead of %3%. Drag <b>T</b> below 1 and the favourite takes over; "
                        "above 1 the winners spread out towards 1/k = %4. The line under the histograms checks the "
                        "bars against p^(1/T).</p>")
                 .arg(displayNumber(p.logitTemperature, 'g', 3))
                 .arg(percent(distribution.probabilities()[0]))
                 .arg(percent(base->probabilities()[0]))
                 .arg(displayNumber(1.0 / p.k, 'g', 3));
         },
         [](GradientLabSettings&) {},
         false,
         false},
        {"m-hot", QT_TRANSLATE_NOOP("Lessons", "m-hot vectors without repeats"), ViewId::Pipeline,
         [](ExplorerParameters& p) {
             p.k = 6;
             p.m = 3;
             p.tau = 0.3;
             p.preset = Preset::Zipf;
             p.presetParameter = 1.0;
             p.method = MHotMethod::Rejection;
             p.seed = 2;
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>A hard m-hot vector S has m ones. A relaxed S sums to less than m: close to m at small tau, "
                 "and falling towards 1 as tau grows and its columns spread out. This recipe builds it from m relaxed one-hot columns V (it is this tool's own "
                 "construction, found in neither Jang et al. 2017 nor Maddison et al. 2017): draw a column, and if "
                 "its winner was already taken, <b>discard it and draw again</b>. Then S_i is the largest entry of "
                 "row i of V.</p><p>The list under the pipeline shows every draw: repeats are "
                 "marked <i>rejected</i>. Press <b>R</b> for new noise and watch how often repeats happen.</p>"
                 "<p>Switch the method to <b>exact</b>: each column now draws its winner among the categories not yet "
                 "taken, directly, and builds the rest of the column around it. Same distribution of S, never a "
                 "wasted draw (histogram (4) in the Explorer checks both against the exact P(i in S)).</p>");
         }},
        {"rejection", QT_TRANSLATE_NOOP("Lessons", "When rejection gets expensive"), ViewId::Explorer,
         [](ExplorerParameters& p) {
             p.k = 10;
             p.m = 3;
             p.tau = 0.1;
             p.preset = Preset::Peaked;
             p.presetParameter = 0.99;
             p.method = MHotMethod::Rejection;
             p.samples = 20000;
         },
         [](const ExplorerParameters& p, const Distribution& distribution) {
             // Every number follows the state: the lesson's text is redrawn when a parameter changes.
             const auto draws = theory::expectedRejectionDraws(distribution, p.m);
             const QString expected = draws ? displayNumber(draws->value, 'f', 1)
                                           : QCoreApplication::translate("Lessons", "too many to compute");
             const Eigen::VectorXd& probabilities = distribution.probabilities();
             Eigen::Index top = 0;
             probabilities.maxCoeff(&top);
             const double largest = probabilities[top];
             return QCoreApplication::translate("Lessons",
                        "<p>Here p is peaked: category %3 has p = %4. After it is taken, a new category wins a draw "
                        "only %5% of the time, so the rejection rule keeps discarding repeats of category %3.</p>"
                        "<p>For m = %1 the rejection rule needs <b>%2 draws</b> on average (exactly computed), where "
                        "the exact method always needs <b>%1</b>. The line under V counts the draws of the current "
                        "sample; press R a few times.</p><p>Raise q (the preset's parameter) towards 0.9999 and the "
                        "cost grows like 1 / (1 - P(taken)): the app caps the rejection rule and tells you when it "
                        "gives up. The exact method does not care.</p>")
                 .arg(p.m)
                 .arg(expected)
                 .arg(top)
                 .arg(displayNumber(largest, 'g', 4))
                 .arg(displayNumber(100.0 * (1.0 - largest), 'g', 3));
         },
         [](GradientLabSettings&) {}, /*mHot=*/true, /*valueHistograms=*/false},
        {"simplex", QT_TRANSLATE_NOOP("Lessons", "The Concrete density on the simplex"), ViewId::Simplex,
         [](ExplorerParameters& p) {
             p.k = 3;
             p.m = 1;
             p.tau = 1.0;
             p.preset = Preset::Custom;
             p.customWeights = {0.5, 0.3, 0.2};
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>With three categories every relaxed sample is a point of the triangle. The dots are 1,500 samples; the "
                 "colours come from the exact Concrete (Gumbel-Softmax) density of Maddison et al. (2017) and say "
                 "where the samples are: the region brighter than a colour holds the share of the samples its colour "
                 "bar gives (yellow: the densest few percent, dark: where almost no sample falls).</p>"
                 "<p>The dashed lines split the triangle into the three <b>argmax regions</b>, where C_i is the "
                 "largest entry. The share of dots in region i stays p_i at every tau: the numbers at the corners "
                 "count them live. What tau changes is where in its region a sample lies.</p>"
                 "<p>Lower tau: the dots crowd into the corners (nearly one-hot samples). Raise it well above 1: "
                 "they gather around the middle (1/3, 1/3, 1/3), and the bright region shrinks with them. For k = 3 "
                 "the density grows without bound towards a vertex for every tau below 2; Maddison et al. show that "
                 "the log-density is convex for tau up to 1/(k - 1) = 1/2.</p>"
                 "<p>Tick <i>fixed colour scale</i> to colour the log density itself on one range at every tau: then "
                 "a colour means the same density at each temperature, though not the same share of samples.</p>");
         }},
        {"sweep", QT_TRANSLATE_NOOP("Lessons", "Temperature, swept"), ViewId::Sweep,
         [](ExplorerParameters& p) {
             p.k = 5;
             p.preset = Preset::Zipf;
             p.presetParameter = 1.0;
             p.tau = 0.5;
             p.m = 2;
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>The sweep repeats the sampling at 40 temperatures from 0.01 to 1000 (two decades past the "
                 "slider). Left: the expected sample E[C_i] moves from p (small tau, dots) to the uniform 1/k (large "
                 "tau, dashed); at tau = 10 it is still visibly off, by 1000 it is there. Right: how one-hot the "
                 "samples are, and their entropy.</p><p>Look at E[C_1]: on the way it rises a little above both "
                 "p_1 and 1/k (here from 0.220 to about 0.223 near tau = 1, against 1/k = 0.2; for larger k, E[C_2] "
                 "does the same). Softening a sample moves weight from its winner mostly to the next-largest "
                 "entries, and the runner-up is most often this likely category; only at much larger tau is the "
                 "weight spread evenly.</p><p>Drag tau: the grey marker shows where you are on these curves.</p>");
         }},
        {"binary-concrete", QT_TRANSLATE_NOOP("Lessons", "Two categories: the binary Concrete"), ViewId::Explorer,
         [](ExplorerParameters& p) {
             p.k = 2;
             p.m = 1;
             p.d = 24;
             p.tau = 0.5;
             p.preset = Preset::Custom;
             p.customWeights = {0.7, 0.3};
             p.category = 0;
             p.samples = 200000;
         },
         [](const ExplorerParameters& p, const Distribution& distribution) {
             return QCoreApplication::translate(
                        "Lessons",
                        "<p>With two categories a relaxed sample is one number: C_0 in [0, 1] (and C_1 = 1 - C_0). "
                        "Histogram <b>(2)</b> shows how C_0 is spread over 200,000 samples, with the exact density "
                        "drawn over it: the binary Concrete of Maddison et al. (2017).</p>"
                        "<p>Now tau = %L1. Below tau = 1 the density is unbounded at both ends: most samples are nearly "
                        "one-hot. Above 1 it falls to zero at both ends and the samples gather inside. Drag tau across "
                        "1 and watch the shape turn over.</p><p>Whatever tau, C_0 > 1/2 exactly when category 0 wins, "
                        "so the share of samples right of the middle stays p_0 = %L2 (histogram (1) counts it).</p>")
                 .arg(p.tau, 0, 'g', 3)
                 .arg(distribution.probabilities()[0], 0, 'g', 3);
         },
         [](GradientLabSettings&) {},
         false},
        {"bias-variance", QT_TRANSLATE_NOOP("Lessons", "Temperature trades bias for variance"), ViewId::Gradients,
         [](ExplorerParameters& p) {
             p.k = 2;
             p.m = 1;
             p.preset = Preset::Uniform;
             p.tau = 0.5;
         },
         [](const ExplorerParameters& p, const Distribution& distribution) {
             GradientLabSettings lab;
             biasVarianceLab(lab);
             const LabNumbers n = labNumbers(distribution, lab, p.tau);
             if (!n.ok) return n.error;
             return QCoreApplication::translate(
                        "Lessons",
                        "<p>A choice between two categories, p = (1/2, 1/2), and a loss f(x) = (x_0 - 0.45)^2 of the "
                        "one-hot choice: L = E f(e_z). We want its gradient with respect to the logits: exactly "
                        "g* = (%L1, -%L1).</p>"
                        "<p><b>Left, bias^2.</b> REINFORCE (black) is unbiased: its estimate stays within 2 standard "
                        "errors of 0 at every tau, so it lies on the grey strip at the bottom. The <b>relaxed</b> "
                        "estimator (blue) is biased, and its bias^2 falls as tau falls: %L2 at tau = 1, %L3 at tau = 0.1 "
                        "(the dashed blue curve is exact), until the estimate sinks into the grey strip: smaller than "
                        "%L4 samples can tell from 0.</p>"
                        "<p><b>Middle, variance</b> (the sum of both components' variances): REINFORCE's is flat at "
                        "%L5; the relaxed estimator's grows as tau falls.</p>"
                        "<p><b>Right, MSE</b> of the mean of B = %L6 samples, the batch the race uses: bias^2 + variance "
                        "/ B. One REINFORCE sample is %L7 times worse than always answering 0 (its variance %L5 against "
                        "||g*||^2 = %L8, the dashed red-orange line), but a mean of %L6 samples divides the variance by "
                        "%L6 and brings it below the line.</p>"
                        "<p><b>The race</b> (bottom right), %L9 steps of SGD with B = %L6 at tau = %L10: exact gradient "
                        "descent (dashed red-orange) falls from L = %L11 to %L12, and REINFORCE follows it. The relaxed "
                        "estimator levels off near L = %L13, where its <i>mean</i> gradient is zero: a biased gradient "
                        "has its zero in the wrong place. Drag tau: the dotted line marks it in the top charts.</p>")
                 .arg(n.exact, 0, 'g', 3)
                 .arg(n.relaxedBiasAtOne, 0, 'g', 2)
                 .arg(n.relaxedBiasAtTenth, 0, 'g', 2)
                 .arg(QLocale().toString(lab.samplesPerPoint))
                 .arg(n.reinforceVariance, 0, 'g', 3)
                 .arg(lab.batch)
                 .arg(std::round(n.reinforceVariance / n.exactNormSquared))
                 .arg(n.exactNormSquared, 0, 'g', 3)
                 .arg(lab.steps)
                 .arg(p.tau, 0, 'g', 3)
                 .arg(n.race.start, 0, 'f', 3)
                 .arg(n.race.exactEnd, 0, 'f', 3)
                 .arg(n.race.stationaryLoss[static_cast<std::size_t>(Estimator::Relaxed)], 0, 'f', 3);
         },
         biasVarianceLab},
        {"rao-blackwell", QT_TRANSLATE_NOOP("Lessons", "Straight-through and Rao-Blackwellisation"), ViewId::Gradients,
         [](ExplorerParameters& p) {
             p.k = 2;
             p.m = 1;
             p.preset = Preset::Uniform;
             p.tau = 1.0;
         },
         [](const ExplorerParameters& p, const Distribution& distribution) {
             GradientLabSettings lab;
             raoBlackwellLab(lab);
             const LabNumbers n = labNumbers(distribution, lab, p.tau);
             if (!n.ok) return n.error;
             return QCoreApplication::translate(
                        "Lessons",
                        "<p><b>Straight-through</b> (indigo) uses the hard one-hot sample forwards and the relaxed "
                        "sample's Jacobian backwards. <b>Gumbel-Rao</b> (green) averages that backward pass over K "
                        "relaxed samples drawn given the same winner z: the same mean, less noise.</p>"
                        "<p>The same toy as before, now at tau = %L1, where the exact numbers are known. The true "
                        "gradient is g*_0 = %L2, but both estimators average %L3: biased, and equally so, so in the "
                        "left chart their bias^2 = %L4 is one curve (dashed: exact). REINFORCE (black) stays on the "
                        "grey strip: unbiased.</p>"
                        "<p>The middle chart is the variance of one estimate, summed over both components: %L5 for "
                        "straight-through, %L6 for Gumbel-Rao with K = %L7, falling towards %L8 as K grows (never lower: "
                        "the part of the noise that comes from z itself). Set K to 1 (it becomes straight-through in "
                        "distribution) and to 100, and watch the green curve, the error bars and the green density.</p>"
                        "<p>The race shows what the bias costs. With B = %L9 samples a step, exact descent falls from "
                        "L = %L10 to %L11 and REINFORCE follows it; straight-through and Gumbel-Rao level off near L = "
                        "%L12, where their mean gradient is zero. Less noise does not move a wrong zero.</p>")
                 .arg(p.tau, 0, 'g', 3)
                 .arg(n.exact, 0, 'g', 3)
                 .arg(n.straightThroughMean, 0, 'g', 4)
                 .arg(n.straightThroughBias, 0, 'g', 3)
                 .arg(n.straightThroughVariance, 0, 'g', 3)
                 .arg(n.gumbelRaoVariance, 0, 'g', 3)
                 .arg(lab.conditional)
                 .arg(n.gumbelRaoLimit, 0, 'g', 3)
                 .arg(lab.batch)
                 .arg(n.race.start, 0, 'f', 3)
                 .arg(n.race.exactEnd, 0, 'f', 3)
                 .arg(n.race.stationaryLoss[static_cast<std::size_t>(Estimator::StraightThrough)], 0, 'f', 3);
         },
         raoBlackwellLab},
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
                        "relaxed point C, the ringed corner its winner, category %2; the diamond is p. The dashed "
                        "red-orange arrow is the exact gradient g*; each coloured arrow is one estimator's answer for "
                        "this sample alone, projected on the triangle (SGD moves the logits against it).</p>"
                        "<p>For this sample REINFORCE (black) points %L3 degrees away from g* and is %L4 times as long; "
                        "the relaxed estimator (blue) %L5 degrees away, straight-through (indigo) %L6, ReinMax (violet) "
                        "%L7. Press <b>Right</b> to step through the samples and watch which arrows jump.</p>"
                        "<p>The dots are the first 400 samples' arrow tips (press <b>C</b> to hide them). One "
                        "REINFORCE arrow is a poor guess, but their mean is %L8 degrees from g*: unbiased, just noisy. "
                        "Where a cloud's centre misses g*'s tip, that estimator is biased.</p>")
                 .arg(p.tau, 0, 'g', 3)
                 .arg(d.winner)
                 .arg(planeAngle(at(Estimator::Reinforce), d.exact), 0, 'f', 0)
                 .arg(exactLength > 0.0 ? projectOnPlane(at(Estimator::Reinforce)).norm() / exactLength : 0.0, 0, 'f', 1)
                 .arg(planeAngle(at(Estimator::Relaxed), d.exact), 0, 'f', 0)
                 .arg(planeAngle(at(Estimator::StraightThrough), d.exact), 0, 'f', 0)
                 .arg(planeAngle(at(Estimator::ReinMax), d.exact), 0, 'f', 0)
                 .arg(planeAngle(cloudMean, d.exact), 0, 'f', 0);
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
    return all;
}

int lessonIndex(QStringView id) {
    const auto& all = lessons();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

QString Lesson::displayTitle() const { return QCoreApplication::translate("Lessons", title.toUtf8().constData()); }

}  // namespace gumbel::ui
