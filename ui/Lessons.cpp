#include "ui/Lessons.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/Theory.h"
#include "ui/Language.h"

namespace gumbel::ui {

const std::vector<Lesson>& lessons() {
    static const std::vector<Lesson> all = {
        {QT_TRANSLATE_NOOP("Lessons", "What the temperature does"), "explorer",
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
         }},
        {QT_TRANSLATE_NOOP("Lessons", "The Gumbel-max trick: the winner follows p"), "explorer",
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
                 "<p>Histogram <b>(1)</b> counts the winners of 200,000 samples (blue bars) against p (orange dots). "
                 "Now move tau from 0.01 to 10: the bars stay on the dots. Temperature changes how <i>sharp</i> a "
                 "sample is, never <i>which</i> category it picks.</p>"
                 "<p>Try a custom p in the table: type a weight, and the bars follow.</p>");
         }},
        {QT_TRANSLATE_NOOP("Lessons", "m-hot vectors without repeats"), "pipeline",
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
                 "<p>A hard m-hot vector S has m ones (a relaxed one is close to that: its entries sum to a little "
                 "less than m). This recipe builds it from m relaxed one-hot columns V (it is this tool's own "
                 "construction, found in neither Jang et al. 2017 nor Maddison et al. 2017): draw a column, and if "
                 "its winner was already taken, <b>discard it and draw again</b>. Then S_i is the largest entry of "
                 "row i of V.</p><p>The list under the pipeline shows every draw: repeats are "
                 "marked <i>rejected</i>. Press <b>R</b> for new noise and watch how often repeats happen.</p>"
                 "<p>Switch the method to <b>exact</b>: each column now draws its winner among the categories not yet "
                 "taken, directly, and builds the rest of the column around it. Same distribution of S, never a "
                 "wasted draw (histogram (4) in the Explorer checks both against the exact P(i in S)).</p>");
         }},
        {QT_TRANSLATE_NOOP("Lessons", "When rejection gets expensive"), "explorer",
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
         }},
        {QT_TRANSLATE_NOOP("Lessons", "The Concrete density on the simplex"), "simplex",
         [](ExplorerParameters& p) {
             p.k = 3;
             p.m = 1;
             p.tau = 1.0;
             p.preset = Preset::Custom;
             p.customWeights = {0.5, 0.3, 0.2};
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate("Lessons",
                 "<p>With three categories every relaxed sample is a point of the triangle. The colours are the exact "
                 "Concrete (Gumbel-Softmax) log-density of Maddison et al. (2017); the dots are 1,500 samples.</p>"
                 "<p>The dashed lines split the triangle into the three <b>argmax regions</b>, where C_i is the "
                 "largest entry. The share of dots in region i stays p_i at every tau: the numbers at the corners "
                 "count them live. What tau changes is where in its region a sample lies.</p>"
                 "<p>Lower tau: the dots crowd into the corners (nearly one-hot samples). Raise it well above 1: "
                 "they gather around the middle (1/3, 1/3, 1/3). A bright corner can mislead: for k = 3 the density "
                 "grows without bound towards a vertex for every tau below 2, even when few samples are near it. "
                 "Maddison et al. show that the log-density is convex for tau up to 1/(k - 1) = 1/2.</p>"
                 "<p>The colour bar normally spans the current density's 2%-98% range, so a colour means something "
                 "different at each tau; tick <i>fixed colour scale</i> to compare temperatures.</p>");
         }},
        {QT_TRANSLATE_NOOP("Lessons", "Temperature, swept"), "sweep",
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
        {QT_TRANSLATE_NOOP("Lessons", "Two categories: the binary Concrete"), "explorer",
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
         }},
        {QT_TRANSLATE_NOOP("Lessons", "Temperature trades bias for variance"), "gradients",
         [](ExplorerParameters& p) {
             p.k = 2;
             p.m = 1;
             p.preset = Preset::Uniform;
             p.tau = 0.5;
         },
         [](const ExplorerParameters&, const Distribution&) {
             return QCoreApplication::translate(
                 "Lessons",
                 "<p>A choice between two categories, p = (1/2, 1/2), and a loss f(x) = (x_0 - 0.45)^2 of the one-hot "
                 "choice: L = E f(e_z). We want its gradient with respect to the logits.</p>"
                 "<p><b>REINFORCE</b> (grey) is unbiased and does not depend on tau: its curves are flat. The "
                 "<b>relaxed</b> estimator (blue) differentiates the relaxed sample instead: at large tau its bias^2 "
                 "(left) is large and its variance (middle) small; as tau falls the bias shrinks and the variance grows. "
                 "The MSE (right) adds them: find the tau where the blue curve is lowest, and compare it with REINFORCE. "
                 "The dashed line is ||g*||^2: an estimator above it does worse than always answering 0.</p>"
                 "<p>Drag tau and watch the grey marker, the bars and the distribution below. In the race, REINFORCE "
                 "reaches the best vertex; the relaxed estimator stops short of it: a biased gradient can have the wrong "
                 "zero.</p>");
         },
         [](GradientLabSettings& s) {
             s.preset = ObjectivePreset::Bernoulli;
             s.estimators = (1u << static_cast<int>(Estimator::Reinforce)) | (1u << static_cast<int>(Estimator::Relaxed));
         }},
        {QT_TRANSLATE_NOOP("Lessons", "Straight-through and Rao-Blackwellisation"), "gradients",
         [](ExplorerParameters& p) {
             p.k = 2;
             p.m = 1;
             p.preset = Preset::Uniform;
             p.tau = 1.0;
         },
         [](const ExplorerParameters&, const Distribution&) {
             const double t = 0.45;
             const double exact = (1 - 2 * t) / 4;
             const double st = (1 - 2 * t) / 6;
             const double varST = ((1 - t) * (1 - t) + t * t) / 15 - st * st;
             return QCoreApplication::translate(
                        "Lessons",
                        "<p><b>Straight-through</b> (orange) uses the hard one-hot sample forwards and the relaxed "
                        "sample's Jacobian backwards. <b>Gumbel-Rao</b> (green) averages that backward pass over K "
                        "relaxed samples drawn given the same winner z: the same mean, less noise.</p>"
                        "<p>For this toy at tau = 1 the exact numbers are known (along theta_0, component 0): the "
                        "true gradient is %L1, but both estimators average %L2: biased, and equally so. "
                        "Straight-through's variance is %L3; Gumbel-Rao's falls towards 1/36 = %L4 as K grows. Set K "
                        "to 1 (it becomes straight-through in distribution) and to 100, and watch the error bars and "
                        "the green density.</p><p>The race shows what the bias costs: both stop where their mean "
                        "gradient turns against the true one, short of the best vertex.</p>")
                 .arg(exact, 0, 'g', 4)
                 .arg(st, 0, 'g', 4)
                 .arg(varST, 0, 'g', 4)
                 .arg(1.0 / 36.0, 0, 'g', 4);
         },
         [](GradientLabSettings& s) {
             s.preset = ObjectivePreset::Bernoulli;
             s.conditional = 10;
             s.samplesPerPoint = 30000;
             s.estimators = (1u << static_cast<int>(Estimator::Reinforce)) |
                            (1u << static_cast<int>(Estimator::StraightThrough)) |
                            (1u << static_cast<int>(Estimator::GumbelRao));
         }},
    };
    return all;
}

QString Lesson::displayTitle() const { return QCoreApplication::translate("Lessons", title.toUtf8().constData()); }

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent), title_(new QLabel), text_(new QTextBrowser) {
    styleTitle();
    title_->setWordWrap(true);
    text_->setOpenExternalLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(text_, 1);
}

void LessonPanel::showLesson(const QString& title, const QString& html) {
    title_->setText(title);
    text_->setHtml(html);
}

void LessonPanel::styleTitle() {
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    title_->setFont(bold);
}

void LessonPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) styleTitle();
}

QString LessonPanel::title() const { return title_->text(); }
QString LessonPanel::text() const { return text_->toPlainText(); }

}  // namespace gumbel::ui
