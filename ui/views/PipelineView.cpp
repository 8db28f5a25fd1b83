#include "ui/views/PipelineView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/NoiseField.h"
#include "ui/text/Language.h"
#include "ui/views/StepBars.h"

namespace gumbel::ui {

namespace {
QString n(double v) {
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    return displayNumber(v, 'g', 5);
}
constexpr int kMaxListedDraws = 40;
// Between the numbers of a list in a formula: "; " where the decimal separator is a comma.
QString listSeparator() { return QCoreApplication::translate("PipelineView", ", ", "separator of numbers in a formula"); }
}  // namespace

PipelineView::PipelineView(QWidget* parent)
    : QWidget(parent),
      column_(new QSpinBox),
      category_(new QSpinBox),
      sameScale_(new QCheckBox(tr("same &scale for steps 2-4"))),
      draws_(new QLabel),
      s_(new StepBars) {
    sameScale_->setChecked(true);
    sameScale_->setToolTip(tr("Draw eps, z and z / tau on one vertical scale, so that dividing by a small tau visibly "
                              "stretches the gaps (each step on its own scale looks the same at every tau)"));
    connect(sameScale_, &QCheckBox::toggled, this, &PipelineView::refresh);
    column_->setToolTip(tr("Which column j of G to follow through the steps"));
    category_->setToolTip(tr("The category i whose numbers are written out in the formulas"));
    column_->setKeyboardTracking(false);
    category_->setKeyboardTracking(false);
    auto* controls = new QHBoxLayout;
    auto* columnLabel = new QLabel(tr("column &j of G"));
    columnLabel->setBuddy(column_);
    auto* categoryLabel = new QLabel(tr("formulas for categor&y i"));
    categoryLabel->setBuddy(category_);
    controls->addWidget(columnLabel);
    controls->addWidget(column_);
    controls->addSpacing(24);
    controls->addWidget(categoryLabel);
    controls->addWidget(category_);
    controls->addSpacing(24);
    controls->addWidget(sameScale_);
    controls->addStretch(1);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(controls);
    for (StepBars*& step : steps_) {
        step = new StepBars;
        pageLayout->addWidget(step);
    }
    auto* mHotTitle = new QLabel(tr("<b>m-hot: how S is built</b>"));
    pageLayout->addWidget(mHotTitle);
    draws_->setWordWrap(true);
    draws_->setTextFormat(Qt::RichText);
    pageLayout->addWidget(draws_);
    pageLayout->addWidget(s_);
    pageLayout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Pipeline: the algorithm step by step"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(column_, &QSpinBox::valueChanged, this, &PipelineView::refresh);
    connect(category_, &QSpinBox::valueChanged, this, &PipelineView::refresh);
}

void PipelineView::showSample(std::shared_ptr<const LiveSample> sample) {
    if (!sample) return;
    sample_ = std::move(sample);
    parameters_ = sample_->parameters();
    distribution_ = sample_->distribution();
    {
        const QSignalBlocker a(column_), b(category_);
        column_->setRange(0, parameters_.d - 1);
        category_->setRange(0, distribution_->size() - 1);
    }
    refresh();
}

void PipelineView::refresh() {
    if (sample_ == nullptr || !distribution_ || sample_->c().cols() <= column_->value()) return;
    const int j = column_->value();
    const int i = category_->value();
    const int k = distribution_->size();
    const double tau = parameters_.tau;
    // The engine's own numbers: u from the same noise field as G, eps and C from G itself.
    Eigen::VectorXd u(k);
    NoiseField(parameters_.seed).uniforms(Stream::Matrix, 0, static_cast<std::uint32_t>(j), 1, static_cast<std::size_t>(k), u.data());
    const Eigen::VectorXd eps = sample_->eps().col(j);
    const Eigen::VectorXd& logP = distribution_->logProbabilities();
    const Eigen::VectorXd z = logP + eps;
    const Eigen::VectorXd scaled = z / tau;
    const Eigen::VectorXd c = sample_->c().col(j);
    const double top = scaled.maxCoeff();
    const QString ij = QString::number(i);
    steps_[Uniform]->setStep(tr("1. Uniform noise u_i ~ U(0, 1), open interval"),
                             QString("u_%1 = %2").arg(ij, n(u[i])), u, i);
    steps_[Noise]->setStep(tr("2. Gumbel noise: eps_i = -log(-log u_i)"),
                           QString("eps_%1 = -log(-log %2) = -log(%3) = %4").arg(ij, n(u[i]), n(-std::log(u[i])), n(eps[i])), eps, i);
    steps_[Shifted]->setStep(tr("3. Perturbed log-probabilities: z_i = log p_i + eps_i"),
                             QString("z_%1 = log %2 + %3 = %4 + %3 = %5").arg(ij, n(distribution_->probabilities()[i]), n(eps[i]), n(logP[i]), n(z[i])),
                             z, i);
    steps_[Scaled]->setStep(tr("4. Divided by the temperature: z_i / tau, tau = %1").arg(n(tau)),
                            QString("z_%1 / tau = %2 / %3 = %4").arg(ij, n(z[i]), n(tau), n(scaled[i])), scaled, i);
    steps_[Softmax]->setStep(tr("5. Softmax: C_i = exp(z_i / tau) / sum_l exp(z_l / tau), computed as exp(z_i / tau - max)"),
                             tr("C_%1 = exp(%2 - %3) / sum = %4    (argmax C = argmax z = %5, whatever tau is)")
                                 .arg(ij, n(scaled[i]), n(top), n(c[i]))
                                 .arg(static_cast<int>(std::distance(z.data(), std::max_element(z.data(), z.data() + k)))),
                             c, i);
    // One scale for eps, z and z / tau (finite values only: p = 0 gives z = -inf, drawn as a label).
    std::optional<std::pair<double, double>> shared;
    if (sameScale_->isChecked()) {
        double lo = 0.0;
        double hi = 0.0;
        for (const Eigen::VectorXd* v : {&eps, &z, &scaled}) {
            for (double x : *v) {
                if (!std::isfinite(x)) continue;
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
        }
        shared = std::make_pair(lo, hi);
    }
    for (Step step : {Noise, Shifted, Scaled}) steps_[step]->setSharedRange(shared);
    showMHot();
}

void PipelineView::showMHot() {
    if (!sample_->hasMHot()) {
        draws_->setText("<span style='color:#b00020'>" + sample_->mHotError().toHtmlEscaped() + "</span>");
        s_->setStep("S", "", Eigen::VectorXd(), -1);
        return;
    }
    const MHotSample& mHot = sample_->mHot();
    const bool exact = parameters_.method == MHotMethod::Exact;
    QStringList rows;
    int listed = 0;
    int accepted = 0;
    long long hiddenRejects = 0;
    for (const DrawRecord& d : sample_->draws()) {
        if (d.accepted) ++accepted;
        if (listed >= kMaxListedDraws && !d.accepted) {
            ++hiddenRejects;
            continue;
        }
        ++listed;
        if (exact) {
            rows << tr("column %1 of V: winner <b>%2</b>, drawn with probability p_%2 / P(not yet taken); z_%2 is set "
                            "to the maximum M ~ Gumbel(0), every other z_l is Gumbel(log p_l) truncated above at M")
                        .arg(accepted - 1)
                        .arg(d.winner);
        } else if (d.accepted) {
            rows << tr("draw %1: winner <b>%2</b> is new: accepted as column %3 of V").arg(d.draw).arg(d.winner).arg(accepted - 1);
        } else {
            rows << tr("draw %1: winner %2 is a repeat: <span style='color:#b00020'>rejected</span>, draw again")
                        .arg(d.draw)
                        .arg(d.winner);
        }
    }
    if (hiddenRejects > 0) rows << tr("... and %1 more rejected draws").arg(hiddenRejects);
    rows << tr("%1 columns drawn, %2 rejected. Accepted in order: %3.")
                .arg(mHot.draws)
                .arg(mHot.rejected())
                .arg([&] {
                    QStringList order;
                    for (int o : mHot.order) order << QString::number(o);
                    return order.join(", ");
                }());
    // Students try to match these winners with step 5's: say plainly that they are other draws. Everything counts
    // from 0, as V's and G's axes do.
    rows.prepend(tr("<i>The m-hot draws use their own noise, not the columns of G above: their winners need not match "
                    "step 5's. Columns and draws count from 0, as on V's axis.</i>"));
    draws_->setText(rows.join("<br>"));
    const int i = category_->value();
    s_->setStep(tr("S: S_i = max over the m columns of V of row i"),
                QString("S_%1 = max(%2) = %3").arg(i).arg([&] {
                    QStringList row;
                    for (Eigen::Index c = 0; c < mHot.v.cols(); ++c) row << n(mHot.v(i, c));
                    return row.join(listSeparator());
                }(), n(mHot.s[i])),
                mHot.s, i);
}

}  // namespace gumbel::ui
