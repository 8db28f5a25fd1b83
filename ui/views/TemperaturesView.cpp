#include "ui/views/TemperaturesView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/model/ExplorerParameters.h"
#include "ui/model/LiveSample.h"
#include "ui/panels/LogSpinBox.h"
#include "ui/views/HeatmapWidget.h"

namespace gumbel::ui {

TemperaturesView::TemperaturesView(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout;
    auto* intro = new QLabel(tr("The same noise at three temperatures: the ringed winners are the same cells in all "
                                "three (argmax does not depend on tau); only how sharp the columns are changes."));
    intro->setWordWrap(true);
    for (int i = 0; i < kColumns; ++i) {
        const auto at = static_cast<std::size_t>(i);
        auto* tau = new LogSpinBox;
        tau->setObjectName(QString("temperature%1").arg(i + 1));
        tau->setRange(ExplorerLimits::kMinTau, ExplorerLimits::kMaxTau);
        tau->setValue(kDefaultTemperatures[at]);
        tau->setAccessibleName(tr("Temperature of column %1").arg(i + 1));
        tau->setToolTip(tr("The temperature of this column (the noise is the same in all three)"));
        connect(tau, &QDoubleSpinBox::valueChanged, this, &TemperaturesView::temperaturesChanged);
        auto* caption = new QLabel;
        QFont big = caption->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.5);
        caption->setFont(big);
        auto* label = new QLabel(tr("&tau"));
        label->setBuddy(tau);
        auto* head = new QHBoxLayout;
        head->addWidget(caption);
        head->addStretch(1);
        head->addWidget(label);
        head->addWidget(tau);
        auto* heatmap = new HeatmapWidget(QString(), tr("category i"), tr("feature j"));
        heatmap->setObjectName(QString("temperatureHeatmap%1").arg(i + 1));
        auto* summary = new QLabel;
        summary->setWordWrap(true);
        summary->setObjectName(QString("temperatureSummary%1").arg(i + 1));
        grid->addLayout(head, 0, i);
        grid->addWidget(heatmap, 1, i);
        grid->addWidget(summary, 2, i);
        grid->setColumnStretch(i, 1);
        taus_[at] = tau;
        captions_[at] = caption;
        heatmaps_[at] = heatmap;
        summaries_[at] = summary;
    }
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    setAccessibleName(tr("Temperatures: the same noise at three temperatures"));
}

std::array<double, TemperaturesView::kColumns> TemperaturesView::temperatures() const {
    std::array<double, kColumns> taus{};
    for (std::size_t i = 0; i < taus.size(); ++i) taus[i] = taus_[i]->value();
    return taus;
}

void TemperaturesView::setTemperatures(const std::array<double, kColumns>& taus) {
    for (std::size_t i = 0; i < taus.size(); ++i) {
        const QSignalBlocker block(taus_[i]);
        taus_[i]->setValue(taus[i]);
    }
    emit temperaturesChanged();
}

void TemperaturesView::showSamples(const std::array<std::shared_ptr<const LiveSample>, kColumns>& samples,
                                   const QString& placeholder) {
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double tau = taus_[i]->value();
        captions_[i]->setText(QString::fromUtf8("\u03c4 = %1").arg(QLocale().toString(tau, 'g', 4)));
        const std::shared_ptr<const LiveSample>& sample = samples[i];
        if (!sample) {
            heatmaps_[i]->setPlaceholder(placeholder);
            summaries_[i]->clear();
            continue;
        }
        const Eigen::MatrixXd& c = sample->c();
        heatmaps_[i]->setTitle(tr("G at tau = %1").arg(QLocale().toString(tau, 'g', 4)));
        heatmaps_[i]->setImage(sample->gImage(), &c, &sample->eps(), sample);
        heatmaps_[i]->markColumnWinners(c);
        const double meanMax = c.cols() > 0 ? c.colwise().maxCoeff().mean() : 0.0;
        summaries_[i]->setText(tr("Mean of max_i C_i over the columns: %1 (1 = one-hot, 1/k = %2 = uniform)")
                                   .arg(QLocale().toString(meanMax, 'f', 3))
                                   .arg(QLocale().toString(1.0 / std::max<Eigen::Index>(1, c.rows()), 'f', 3)));
    }
}

}  // namespace gumbel::ui
