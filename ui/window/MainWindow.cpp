#include "ui/window/MainWindow.h"

#include "ui/panels/FittingScrollArea.h"
#include "ui/panels/TauCorner.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QLineEdit>
#include <QDockWidget>
#include <QKeySequence>
#include <QLayout>
#include <QSettings>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QCheckBox>
#include <QSlider>
#include <algorithm>
#include <cmath>

#include "ui/controllers/AnnealController.h"
#include "ui/animation/AnimationDialog.h"
#include "ui/animation/AnimationExporter.h"
#include "ui/animation/AnimationSettings.h"
#include "ui/controllers/ExplorerController.h"
#include "ui/controllers/GradientLabController.h"
#include "ui/text/Language.h"
#include "ui/text/Lessons.h"
#include "ui/panels/LessonPanel.h"
#include "ui/panels/OneAtATimeBar.h"
#include "ui/controllers/TeachingController.h"
#include "ui/controllers/SessionController.h"
#include "ui/batch/Exporter.h"
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include "ui/panels/ParameterPanel.h"
#include "ui/charts/ChartPlot.h"
#include "ui/views/ExplorerView.h"
#include "ui/views/GradientBars.h"
#include "ui/views/GradientLabView.h"
#include "ui/views/MicroscopeView.h"
#include "ui/views/TauMapWidget.h"
#include "ui/controllers/MicroscopeController.h"
#include "ui/panels/GradientLabPanel.h"
#include "ui/views/HeatmapWidget.h"
#include "ui/views/PipelineView.h"
#include "ui/views/SimplexView.h"
#include "ui/views/SweepView.h"
#include "ui/views/TemperaturesView.h"

namespace gumbel::ui {

MainWindow::MainWindow(ExplorerDocument& document, QWidget* parent)
    : QMainWindow(parent), document_(document), state_(document.state()), tabs_(new QTabWidget),
      panel_(new ParameterPanel(document.state())), lesson_(new LessonPanel) {
    setWindowTitle(tr("Gumbel Explorer"));
    for (const ViewInfo& view : viewTable()) {
        const int index = tabs_->addTab(createView(view.id), viewTitle(view.id));
        tabs_->setTabToolTip(index, viewToolTip(view.id));
    }
    setCentralWidget(tabs_);

    auto* scroll = new FittingScrollArea(panel_);
    scroll->setAccessibleName(tr("Parameters"));
    auto* dock = new QDockWidget(tr("Parameters"));
    parametersDock_ = dock;
    dock->setObjectName("parameters");
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    lessonDock_ = new QDockWidget(tr("Lesson"));
    lessonDock_->setObjectName("lesson");
    lessonDock_->setWidget(lesson_);
    // Below the parameters: an open lesson takes room from the panel, not from the views (on a projector the
    // charts are what the room must read; the panel scrolls).
    addDockWidget(Qt::LeftDockWidgetArea, lessonDock_);
    splitDockWidget(dock, lessonDock_, Qt::Vertical);
    lessonDock_->hide();
    connect(lessonDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && !lessonDock_->isVisible()) {  // closed: the whole explorer again
            explorer_->setMHotShown(true);
            explorer_->setValueHistogramsShown(true);
        }
    });

    explorerController_ = new ExplorerController(document_, *explorer_, this);
    teaching_ = new TeachingController(document_, *tabs_, *pipeline_, *simplex_, *sweep_, *temperatures_, this);
    gradientController_ = new GradientLabController(document_, *tabs_, *gradients_, this);
    microscopeController_ = new MicroscopeController(document_, *tabs_, *microscope_, this);
    anneal_ = new AnnealController(state_, this);
    sessions_ = new SessionController(document_, *this, this);
    oneAtATime_ = new OneAtATimeBar(document_, this);
    buildMenus();
    buildAnnealBar();
    addToolBar(oneAtATime_);
    buildTemperatureBar();
    buildStatusBar();
    connect(&state_, &ExplorerState::notice, this, &MainWindow::showNotice);
    connect(&state_, &ExplorerState::changed, this, &MainWindow::refreshLesson);
    qApp->installEventFilter(this);
    connect(&document_, &ExplorerDocument::fileChanged, this, &MainWindow::updateTitle);
    connect(&document_, &ExplorerDocument::viewRequested, this, qOverload<ViewId>(&MainWindow::showView));
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        document_.setView(currentView());
        if (currentView() == ViewId::Gradients) makeRoomForPresentation();
    });
    document_.setView(currentView());
    updateTitle();
    resize(1500, 900);
    document_.restartSampling();
}

MainWindow::~MainWindow() {
    // QWidget's destructor deletes the children after this body has run; a
    // child losing focus may still change the shared state then, so nothing
    // may call back into the (by then partly destroyed) MainWindow.
    disconnect(lessonDock_, nullptr, this, nullptr);
    disconnect(tabs_, nullptr, this, nullptr);
    disconnect(&document_, nullptr, this, nullptr);
    disconnect(&state_, nullptr, this, nullptr);
    qApp->removeEventFilter(this);
    // Qt 6.4's QDockWidget frees the drag state of a press on its title bar only on the button's release: a window
    // closed in between (Ctrl+Q while the mouse holds a dock's title) would leak it. Lift the button first.
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(1, 1), dock->mapToGlobal(QPointF(1, 1)), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(dock, &release);
    }
}

QWidget* MainWindow::createView(ViewId id) {
    switch (id) {
        case ViewId::Explorer: return explorer_ = new ExplorerView;
        case ViewId::Pipeline: return pipeline_ = new PipelineView;
        case ViewId::Simplex: return simplex_ = new SimplexView;
        case ViewId::Sweep: return sweep_ = new SweepView;
        case ViewId::Gradients:
            return gradients_ = new GradientLabView(new GradientLabPanel(document_.gradientLab(), document_.state()));
        case ViewId::Temperatures: return temperatures_ = new TemperaturesView;
        case ViewId::Microscope: return microscope_ = new MicroscopeView;
    }
    return new QWidget;  // unreachable: -Wswitch names a ViewId without its case
}

void MainWindow::showView(ViewId view) { tabs_->setCurrentIndex(viewIndex(view)); }

bool MainWindow::showView(const QString& name) {
    const std::optional<ViewId> view = viewNamed(name);
    if (!view) return false;
    showView(*view);
    return true;
}

ViewId MainWindow::currentView() const { return viewTable()[static_cast<std::size_t>(std::max(0, tabs_->currentIndex()))].id; }

QString MainWindow::currentViewName() const { return viewName(currentView()); }

void MainWindow::setPresentationMode(bool on) {
    if (on == presenting_) return;
    presenting_ = on;
    QFont font = QApplication::font();
    lesson_->setPaged(on);  // on a projector one paragraph at a time, turned by the clicker
    if (on) {
        normalFontSize_ = font.pointSizeF();
        font.setPointSizeF(normalFontSize_ * 1.6);
        showFullScreen();
    } else {
        font.setPointSizeF(normalFontSize_);
        showNormal();
    }
    QApplication::setFont(font);
    if (presentAction_ != nullptr) presentAction_->setChecked(on);
    gradients_->setSettingsVisible(!on);  // the lab's charts get the projector's width (the button brings them back)
    if (on) {
        deskPanelShown_ = panelAction_->isChecked();
        makeRoomForPresentation();
    } else {
        panelAction_->setChecked(deskPanelShown_);
        updateParametersDock();
    }
}

void MainWindow::makeRoomForPresentation() {
    // Presenting, the lab's charts and an open lesson's text need the room: the parameters step aside (F9 brings
    // them back; leaving presentation mode restores the desk's choice).
    if (presenting_ && (currentView() == ViewId::Gradients || lessonOpen())) panelAction_->setChecked(false);
    updateParametersDock();
}

void MainWindow::setExactHidden(bool hidden) {
    explorer_->setExactHidden(hidden);
    simplex_->setDensityHidden(hidden);
    if (predictAction_->isChecked() != hidden) predictAction_->setChecked(hidden);
    showNotice(hidden ? tr("Exact values hidden: let the class predict, then press H to reveal them")
                      : tr("Exact values shown"));
}

void MainWindow::changeFontSize(int steps) {
    QFont font = QApplication::font();
    font.setPointSizeF(std::clamp(font.pointSizeF() + steps, 7.0, 40.0));
    QApplication::setFont(font);
}

void MainWindow::updateParametersDock() {
    if (parametersDock_ == nullptr || panelAction_ == nullptr) return;
    parametersDock_->setVisible(panelAction_->isChecked());
}

QString MainWindow::tauReadout() const { return tauCorner_->readout(); }

// The temperature at the right end of the tool bars' row, above every view. (Beside the view tabs it took the
// tabs' room: at 1500 px with the parameter panel open, the tab bar scrolled and cut "Temperatures".)
void MainWindow::buildTemperatureBar() {
    QToolBar* bar = addToolBar(tr("Temperature"));
    bar->setObjectName("temperature");
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    tauCorner_ = new TauCorner(state_);
    bar->addWidget(tauCorner_);
}

void MainWindow::buildAnnealBar() {
    QToolBar* bar = addToolBar(tr("Annealing"));
    bar->setObjectName("annealing");
    playAction_ = bar->addAction(tr("Play annealing"));
    playAction_->setShortcut(QKeySequence(Qt::Key_Space));
    playAction_->setToolTip(tr("Anneal: move tau from %L1 down to %L2 with the noise fixed (Space plays and pauses)")
                                .arg(AnnealController::kStartTau)
                                .arg(AnnealController::kEndTau));
    connect(playAction_, &QAction::triggered, anneal_, &AnnealController::toggle);
    connect(anneal_, &AnnealController::playingChanged, &document_, &ExplorerDocument::setAnnealing);
    connect(anneal_, &AnnealController::playingChanged, this,
            [this](bool playing) { playAction_->setText(playing ? tr("Pause annealing") : tr("Play annealing")); });
    auto* speedLabel = new QLabel(tr("  speed "));
    auto* speed = new QSlider(Qt::Horizontal);
    constexpr int kSlowest = 1, kFastest = 30;  // tenths of a decade per second
    speed->setRange(kSlowest, kFastest);
    speed->setValue(static_cast<int>(anneal_->speed() * 10));
    speed->setMaximumWidth(160);
    speed->setToolTip(tr("Annealing speed: %L1 to %L2 decades of tau per second").arg(kSlowest / 10.0).arg(kFastest / 10.0));
    speedLabel->setBuddy(speed);
    connect(speed, &QSlider::valueChanged, anneal_, [this](int v) { anneal_->setSpeed(v / 10.0); });
    auto* loop = new QCheckBox(tr("loop"));
    loop->setToolTip(tr("Start again at tau = %L1 after reaching %L2").arg(AnnealController::kStartTau).arg(AnnealController::kEndTau));
    connect(loop, &QCheckBox::toggled, anneal_, &AnnealController::setLoop);
    bar->addWidget(speedLabel);
    bar->addWidget(speed);
    bar->addWidget(loop);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open session..."), QKeySequence::Open, sessions_, &SessionController::openDialog);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { sessions_->fillRecentMenu(recent); });
    file->addAction(tr("&Save session"), QKeySequence::Save, sessions_, &SessionController::save);
    file->addAction(tr("Save session &as..."), QKeySequence::SaveAs, sessions_, &SessionController::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export figures and data..."), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export figures (PNG, SVG) and data (CSV) to"));
        if (folder.isEmpty()) return;
        const auto written = exportTo(folder);
        showNotice(written ? tr("Exported %1 files to %2").arg(written->size()).arg(folder)
                           : tr("Export failed: %1").arg(QString::fromStdString(written.error())));
    });
    file->addAction(tr("&Copy figure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, &MainWindow::copyFigure);
    file->addAction(tr("Export &animation..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, &MainWindow::exportAnimation)
        ->setToolTip(tr("The view in front along the annealing path (tau from %L1 to %L2, noise fixed) as an animated GIF")
                         .arg(AnimationSettings{}.fromTau)
                         .arg(AnimationSettings{}.toTau));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* sampling = menuBar()->addMenu(tr("&Sampling"));
    sampling->addAction(tr("&Resample (new noise)"), QKeySequence(Qt::Key_R), panel_, [this] { panel_->resampleButton()->click(); });
    sampling->addAction(tr("Re&start histograms"), QKeySequence(Qt::Key_F5), &document_, &ExplorerDocument::restartSampling);
    sampling->addAction(tr("&Cancel histograms"), QKeySequence(Qt::Key_Escape), &document_, &ExplorerDocument::cancelSampling);
    sampling->addSeparator();
    sampling->addAction(oneAtATime_->modeAction());
    sampling->addAction(oneAtATime_->stepAction());
    sampling->addAction(oneAtATime_->playAction());
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kViewCount; ++i) {
        view->addAction(tabs_->tabText(i).remove('&'), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
                        [this, i] { tabs_->setCurrentIndex(i); });
    }
    view->addSeparator();
    presentAction_ = view->addAction(tr("&Presentation mode"), QKeySequence(Qt::Key_F11), this, [this] { setPresentationMode(!presenting_); });
    presentAction_->setCheckable(true);
    panelAction_ = view->addAction(tr("Pa&rameters panel"), QKeySequence(Qt::Key_F9), this, [this] { updateParametersDock(); });
    panelAction_->setCheckable(true);
    panelAction_->setChecked(true);
    panelAction_->setToolTip(tr("Show or hide the parameters (presentation mode hides them for a lesson or the gradient lab)"));
    predictAction_ = view->addAction(tr("Predict &first: hide the exact values"), QKeySequence(Qt::Key_H), this,
                                     [this](bool hide) { setExactHidden(hide); });
    predictAction_->setCheckable(true);
    predictAction_->setToolTip(tr("Hide p, P(i in S) and the exact densities so that the class guesses before it sees "
                                  "them; H again reveals them"));
    view->addAction(tr("&Larger text"), QKeySequence(Qt::CTRL | Qt::Key_Plus), this, [this] { changeFontSize(+1); });
    view->addAction(tr("Larger text"), QKeySequence(Qt::CTRL | Qt::Key_Equal), this, [this] { changeFontSize(+1); })->setVisible(false);
    view->addAction(tr("&Smaller text"), QKeySequence(Qt::CTRL | Qt::Key_Minus), this, [this] { changeFontSize(-1); });
    QMenu* lessonMenu = menuBar()->addMenu(tr("&Lessons"));
    // What a presentation clicker sends: PageDown and PageUp. Application-wide, so that a focused spin box, slider or
    // text does not take them (see eventFilter).
    nextLessonAction_ = lessonMenu->addAction(tr("&Next (page, then lesson)"), QKeySequence(Qt::Key_PageDown), this,
                                              &MainWindow::nextLessonStep);
    previousLessonAction_ = lessonMenu->addAction(tr("&Previous (page, then lesson)"), QKeySequence(Qt::Key_PageUp),
                                                  this, &MainWindow::previousLessonStep);
    lessonMenu->addAction(tr("&Reset this lesson"), QKeySequence(Qt::CTRL | Qt::Key_Backspace), this, &MainWindow::resetLesson)
        ->setToolTip(tr("The lesson's parameters, view and lab settings exactly as when it opened"));
    lessonMenu->addSeparator();
    for (int i = 0; i < static_cast<int>(lessons().size()); ++i) {
        lessonMenu->addAction(QString("&%1. %2").arg(i + 1).arg(lessons()[static_cast<std::size_t>(i)].displayTitle()), this,
                              [this, i] { startLesson(i); });
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gumbel Explorer"), this, [this] {
        QMessageBox::about(this, tr("About Gumbel Explorer"),
                           tr("<p><b>Gumbel Explorer</b>: relaxed one-hot vectors C = softmax((log p + eps) / tau) with "
                           "Gumbel noise eps = -log(-log u), the matrix G of d of them, and m-hot vectors S built "
                           "without repeated winners.</p><p>Drag tau: the noise stays fixed, so you watch the same "
                           "sample sharpen and soften. The winner (argmax) never changes with tau: it follows p.</p>"));
    });
}

void MainWindow::showNotice(const QString& text) { notice_->setText(text); }

QImage MainWindow::frontFigure(double scale) const {
    const ExplorerParameters& p = state_.parameters();
    // The temperatures view names its own three temperatures.
    const QString caption = tabs_->currentWidget() == temperatures_ ? QString() : tauCaption(p.tau, p.hard);
    return Exporter::figureImage(*tabs_->currentWidget(), scale, caption);
}

void MainWindow::exportAnimation() {
    anneal_->pause();
    AnimationDialog dialog(tabs_->tabText(tabs_->currentIndex()).remove('&'), this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.remember();
    const AnimationSettings settings = dialog.settings();
    auto* exporter = new AnimationExporter(document_, [this] { return frontFigure(devicePixelRatioF()); }, this);
    auto* progress = new QProgressDialog(tr("Exporting the animation, frame by frame..."), tr("Cancel"), 0, settings.frames, this);
    progress->setObjectName("animationProgress");
    // Cancelled only on purpose: the Enter that accepted the settings (or its auto-repeat) must not press it.
    auto* cancel = new QPushButton(tr("Cancel"));
    cancel->setAutoDefault(false);
    cancel->setDefault(false);
    progress->setCancelButton(cancel);
    progress->setWindowTitle(tr("Export animation"));
    progress->setWindowModality(Qt::WindowModal);  // the state must not change under the frames
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(exporter, &AnimationExporter::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, exporter, &AnimationExporter::cancel);
    connect(progress, &QDialog::rejected, exporter, &AnimationExporter::cancel);
    connect(exporter, &AnimationExporter::finished, this, [this, exporter, progress](bool ok, const QString& message) {
        progress->hide();
        progress->deleteLater();
        exporter->deleteLater();
        showNotice(ok ? message : tr("Animation not written: %1").arg(message));
    });
    if (Status s = exporter->start(dialog.path(), settings); !s) {
        progress->deleteLater();
        exporter->deleteLater();
        showNotice(tr("Animation not written: %1").arg(QString::fromStdString(s.error())));
        return;
    }
    progress->show();
}

void MainWindow::copyFigure() {
    QApplication::clipboard()->setImage(frontFigure(devicePixelRatioF()));
    showNotice(tr("Copied the %1 view to the clipboard").arg(tabs_->tabText(tabs_->currentIndex()).remove('&')));
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] - Gumbel Explorer").arg(document_.displayName()));
    setWindowModified(document_.isModified());
}

Result<QStringList> MainWindow::exportTo(const QString& folder, double pngScale) {
    // Views behind the one in front have not been drawn since they were last shown: draw them with the current
    // data, and show their pages off screen for the export (layouts, spin box texts), without changing the tab.
    explorerController_->refresh();
    teaching_->refreshAll();
    std::vector<QWidget*> shownOffscreen;
    for (int i = 0; i < tabs_->count(); ++i) {
        QWidget* page = tabs_->widget(i);
        if (page == tabs_->currentWidget() || page->isVisible()) continue;
        page->setAttribute(Qt::WA_DontShowOnScreen, true);
        page->setGeometry(tabs_->currentWidget()->geometry());
        page->show();
        shownOffscreen.push_back(page);
    }
    std::vector<NamedFigure> figures{{"G_heatmap", explorer_->gHeatmap()},      {"V_heatmap", explorer_->vHeatmap()},
                                     {"S_bars", explorer_->sChart()},           {"histogram_argmax", explorer_->argmaxChart()},
                                     {"histogram_C_i", explorer_->categoryChart()}, {"histogram_max_C", explorer_->maxChart()},
                                     {"histogram_inclusion", explorer_->inclusionChart()}, {"pipeline", pipeline_}};
    if (document_.distribution().size() == 3) figures.push_back({"simplex", simplex_});
    if (document_.sweepComplete()) figures.push_back({"sweep", sweep_});
    figures.push_back({"temperatures", temperatures_, false});
    if (document_.gradientLab().sweepComplete()) {
        gradientController_->refresh();
        gradients_->revealWholeRace();
        figures.push_back({"gradient_lab", gradients_});
        figures.push_back({"gradient_bias2", gradients_->biasChart()});
        figures.push_back({"gradient_variance", gradients_->varianceChart()});
        figures.push_back({"gradient_mse", gradients_->mseChart()});
        figures.push_back({"gradient_at_tau", gradients_->bars()});
        figures.push_back({"gradient_density", gradients_->densityChart()});
        figures.push_back({"gradient_race", gradients_->raceChart()});
        if (gradients_->mapShown()) figures.push_back({"gradient_decoupled_map", gradients_->tauMap()});
    }
    if (document_.distribution().size() == 3) {
        microscopeController_->refresh();
        figures.push_back({"microscope", microscope_});
    }
    Result<QStringList> written = Exporter(document_, std::move(figures)).exportAll(folder, pngScale);
    for (QWidget* page : shownOffscreen) {
        page->hide();
        page->setAttribute(Qt::WA_DontShowOnScreen, false);
    }
    return written;
}

BenchmarkViews MainWindow::benchmarkViews() {
    return BenchmarkViews{*explorer_, *pipeline_, *simplex_, [this](ViewId view) { showView(view); }};
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/docks").toByteArray());
    const QString view = settings.value("window/view").toString();
    if (!view.isEmpty()) showView(view);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/docks", saveState());
    settings.setValue("window/view", currentViewName());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        QWidget* focus = QApplication::focusWidget();
        const bool numberField = focus != nullptr && (qobject_cast<QAbstractSpinBox*>(focus) || qobject_cast<QLineEdit*>(focus));
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && numberField && focus->window() == this) {
            key->ignore();  // not claimed by the field: the Space shortcut (Play annealing) fires
            return true;
        }
        // With a lesson open or in presentation mode, a clicker's PageDown and PageUp turn the lesson whatever has
        // focus (a spin box would step by a page, a table or text would scroll, a heatmap's cursor would jump rows:
        // its arrow keys still move it). Otherwise the focused widget has them (the heatmaps' and the simplex's
        // cursors jump with them), and the lesson shortcut only fires with the focus nowhere in particular.
        if ((key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) && key->modifiers() == Qt::NoModifier &&
            focus != nullptr && focus != this && focus->window() == this) {
            if (lessonOpen() || presenting_) {
                key->ignore();
            } else {
                key->accept();
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (sessions_->confirmClose()) {
        saveSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

}  // namespace gumbel::ui
