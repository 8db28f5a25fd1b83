#include "ui/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>

#include "ui/ExplorerController.h"
#include "ui/panels/ParameterPanel.h"
#include "ui/views/ExplorerView.h"

namespace gumbel::ui {

QStringList MainWindow::viewNames() { return {"explorer"}; }

MainWindow::MainWindow(ExplorerState& state, QWidget* parent)
    : QMainWindow(parent), state_(state), tabs_(new QTabWidget), explorer_(new ExplorerView),
      panel_(new ParameterPanel(state)) {
    setWindowTitle("Gumbel Explorer");
    tabs_->addTab(explorer_, "&Explorer");
    tabs_->setTabToolTip(0, "G, the m-hot V and S, and histograms from repeated sampling");
    setCentralWidget(tabs_);

    auto* scroll = new QScrollArea;
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(panel_->sizeHint().width() + 24);
    auto* dock = new QDockWidget("Parameters");
    dock->setObjectName("parameters");
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    controller_ = new ExplorerController(state_, *explorer_, this);
    buildMenus();
    buildStatusBar();
    connect(&state_, &ExplorerState::notice, this, &MainWindow::showNotice);
    resize(1500, 900);
    controller_->restartSampling();
}

bool MainWindow::showView(const QString& name) {
    const int index = viewNames().indexOf(name);
    if (index < 0) return false;
    tabs_->setCurrentIndex(index);
    return true;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu("&File");
    file->addAction("&Quit", QKeySequence::Quit, this, &QWidget::close);
    QMenu* sampling = menuBar()->addMenu("&Sampling");
    sampling->addAction("&Resample (new noise)", QKeySequence(Qt::Key_R), panel_, [this] { panel_->resampleButton()->click(); });
    sampling->addAction("Re&start histograms", QKeySequence(Qt::Key_F5), controller_, &ExplorerController::restartSampling);
    sampling->addAction("&Cancel histograms", QKeySequence(Qt::Key_Escape), controller_, &ExplorerController::cancelSampling);
    QMenu* help = menuBar()->addMenu("&Help");
    help->addAction("&About Gumbel Explorer", this, [this] {
        QMessageBox::about(this, "About Gumbel Explorer",
                           "<p><b>Gumbel Explorer</b>: relaxed one-hot vectors C = softmax((log p + eps) / tau) with "
                           "Gumbel noise eps = -log(-log u), the matrix G of d of them, and m-hot vectors S built "
                           "without repeated winners.</p><p>Drag tau: the noise stays fixed, so you watch the same "
                           "sample sharpen and soften. The winner (argmax) never changes with tau: it follows p.</p>");
    });
}

void MainWindow::buildStatusBar() {
    timing_ = new QLabel;
    timing_->setToolTip("Throughput of the histogram sampling");
    notice_ = new QLabel;
    notice_->setToolTip("Notices about the current state");
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(220);
    progress_->setToolTip("Progress of the histograms' repeated sampling");
    cancel_ = new QPushButton("Cancel");
    cancel_->setToolTip("Stop the histogram sampling (Esc). F5 restarts it.");
    statusBar()->addWidget(notice_, 1);
    statusBar()->addPermanentWidget(timing_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, controller_, &ExplorerController::cancelSampling);
    connect(controller_, &ExplorerController::samplingProgress, this, [this](quint64 done, quint64 total, double rate) {
        progress_->setValue(total == 0 ? 0 : static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        timing_->setText(QString("%1 samples/s").arg(QLocale(QLocale::English).toString(rate, 'f', 0)));
        cancel_->setEnabled(done < total);
    });
    connect(controller_, &ExplorerController::samplingFinished, this, [this](const QString& error) {
        cancel_->setEnabled(false);
        if (!error.isEmpty()) showNotice("Histograms stopped: " + error);
    });
    connect(controller_, &ExplorerController::samplingCancelled, this, [this] {
        cancel_->setEnabled(false);
        showNotice("Histograms cancelled (F5 restarts them)");
    });
    connect(&state_, &ExplorerState::changed, this, [this] {
        notice_->clear();
        cancel_->setEnabled(true);
    });
}

void MainWindow::showNotice(const QString& text) { notice_->setText(text); }

}  // namespace gumbel::ui
