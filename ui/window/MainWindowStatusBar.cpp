// The window's status bar: notices, the histograms' throughput, progress and Cancel.
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <cmath>

#include "ui/text/Language.h"
#include "ui/window/MainWindow.h"

namespace gumbel::ui {

void MainWindow::buildStatusBar() {
    timing_ = new QLabel;
    timing_->setToolTip(tr("Throughput of the histogram sampling"));
    notice_ = new QLabel;
    notice_->setObjectName("notice");
    notice_->setToolTip(tr("Notices about the current state"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(220);
    progress_->setToolTip(tr("Progress of the histograms' repeated sampling"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the histogram sampling (Esc). F5 restarts it."));
    statusBar()->addWidget(notice_, 1);
    statusBar()->addPermanentWidget(timing_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, &document_, &ExplorerDocument::cancelSampling);
    connect(&document_, &ExplorerDocument::samplingUpdated, this, [this](const SamplingUpdate& update) {
        const auto done = update.done;
        const auto total = update.total;
        progress_->setValue(total == 0 ? 0 : static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        timing_->setText(tr("%1 samples/s").arg(displayCount(std::llround(update.samplesPerSecond))));
        cancel_->setEnabled(done < total);
    });
    connect(&document_, &ExplorerDocument::samplingFinished, this, [this](const QString& error) {
        cancel_->setEnabled(false);
        if (!error.isEmpty()) showNotice(tr("Histograms stopped: %1").arg(error));
    });
    connect(&document_, &ExplorerDocument::samplingCancelled, this, [this] {
        cancel_->setEnabled(false);
        showNotice(tr("Histograms cancelled (F5 restarts them)"));
    });
    connect(&state_, &ExplorerState::changed, this, [this] {
        notice_->clear();
        cancel_->setEnabled(true);
    });
}

}  // namespace gumbel::ui
