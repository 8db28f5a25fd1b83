#include "ui/text/Lessons.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <utility>

#include "core/BinaryGradientTheory.h"
#include "core/Theory.h"
#include "ui/text/Language.h"
#include "ui/model/GradientLabJobs.h"

namespace gumbel::ui {

namespace {
// The first lessons, then the estimator microscope's, the decoupled map's and the annealing schedules' (EstimatorLessons).
std::vector<Lesson> withEstimatorLessons(std::vector<Lesson> first) {
    for (Lesson& lesson : estimatorLessons()) first.push_back(std::move(lesson));
    return first;
}

// The gradient lessons' lab: the Bernoulli toy, B = 100 samples a step (with B = 1 every race curve jumps between
// 0.22 and 0.27 and nothing stops short), 300 steps at learning rate 1.
void biasVarianceLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;
    s.estimators = estimatorMask({Estimator::Reinforce, Estimator::Relaxed});
    s.batch = 100;
}
void raoBlackwellLab(GradientLabSettings& s) {
    s.preset = ObjectivePreset::Bernoulli;
    s.conditional = 10;
    s.samplesPerPoint = 30000;
    s.batch = 100;
    s.estimators = estimatorMask({Estimator::Reinforce, Estimator::StraightThrough, Estimator::GumbelRao});
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
    static const std::vector<Lesson> all = withEstimatorLessons({
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
    });
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
