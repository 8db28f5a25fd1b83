#pragma once
// Assembles the parts around the document: the parameter panel (a dock), the views (tabs), the controllers that
// bind views to the document, the menus and the dialogs, the status bar with progress, timing and notices. It owns
// no logic of its own; nothing else includes this header.
#include <QMainWindow>
#include <vector>

#include "ui/batch/BenchmarkSession.h"
#include "ui/batch/Exporter.h"
#include "ui/model/ExplorerDocument.h"
#include "ui/model/ViewTable.h"

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace gumbel::ui {

class AnnealController;
class ExplorerController;
class ExplorerView;
class GradientLabController;
class MicroscopeController;
class MicroscopeView;
class GradientLabView;
class LessonPanel;
class OneAtATimeBar;
class TauCorner;
class ParameterPanel;
class PipelineView;
class SimplexView;
class SweepView;
class TemperaturesView;
class TeachingController;
class SessionController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ExplorerDocument& document, QWidget* parent = nullptr);
    // Disconnects what the docks and tabs would otherwise signal to a half-destroyed window (QWidget's destructor
    // hides the docks, and their visibilityChanged reached the lambdas below: UndefinedBehaviorSanitizer).
    ~MainWindow() override;

    ExplorerDocument& document() const { return document_; }
    AnnealController& anneal() const { return *anneal_; }
    OneAtATimeBar& oneAtATimeBar() const { return *oneAtATime_; }
    SessionController& sessions() const { return *sessions_; }
    ExplorerView& explorerView() const { return *explorer_; }
    PipelineView& pipelineView() const { return *pipeline_; }
    SimplexView& simplexView() const { return *simplex_; }
    SweepView& sweepView() const { return *sweep_; }
    GradientLabView& gradientLabView() const { return *gradients_; }
    TemperaturesView& temperaturesView() const { return *temperatures_; }
    ParameterPanel& parameterPanel() const { return *panel_; }
    LessonPanel& lessonPanel() const { return *lesson_; }
    QTabWidget& views() const { return *tabs_; }
    QString tauReadout() const;

    void showView(ViewId view);
    bool showView(const QString& name);  // false for an unknown name
    ViewId currentView() const;
    QString currentViewName() const;
    // Opens a lesson (its parameters, view and lab settings, without marking the session modified) at a page of its
    // text (-1: the last; paged in presentation mode).
    void startLesson(int index, int page = 0);
    int currentLesson() const { return currentLesson_; }
    // The clicker's next and previous (PageDown, PageUp): the lesson's next page of text, else the next lesson.
    void nextLessonStep();
    void previousLessonStep();
    void resetLesson();  // the current lesson's state again, exactly as when it opened
    // Full screen, larger fonts and thicker lines, for the back of a room.
    void setPresentationMode(bool on);
    bool presentationMode() const { return presenting_; }
    void changeFontSize(int steps);  // Ctrl+plus / Ctrl+minus
    // Predict first (H): the explorer's p, P(i in S) and density, and the simplex's colours, out of sight.
    void setExactHidden(bool hidden);
    void copyFigure();  // the view in front, to the clipboard
    // The view in front as a figure: with the temperature as its caption, at `scale` times its size on screen.
    QImage frontFigure(double scale) const;
    void exportAnimation();  // File > Export animation...
    // Every figure of every view (in front or not, the tab unchanged) as PNG and SVG, and the data as CSV.
    [[nodiscard]] Result<QStringList> exportTo(const QString& folder, double pngScale = 2.0);
    BenchmarkViews benchmarkViews();
    // Window geometry, dock layout and the last view, kept between runs (QSettings).
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    // Space plays and pauses annealing whatever has focus: a number field (where a space is never valid) would
    // otherwise swallow it, as a lecturer found after typing a tau and pressing Enter.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createView(ViewId id);  // the view of a row of the view table (ui/model/ViewTable.h)
    void buildMenus();
    void buildAnnealBar();
    void buildTemperatureBar();
    void buildStatusBar();
    void showNotice(const QString& text);
    void updateTitle();
    void refreshLesson();
    bool lessonOpen() const;  // a lesson was started and its panel not closed

    ExplorerDocument& document_;
    ExplorerState& state_;
    QTabWidget* tabs_;
    ParameterPanel* panel_;
    ExplorerView* explorer_ = nullptr;
    PipelineView* pipeline_ = nullptr;
    SimplexView* simplex_ = nullptr;
    GradientLabView* gradients_ = nullptr;
    GradientLabController* gradientController_;
    MicroscopeView* microscope_ = nullptr;
    MicroscopeController* microscopeController_ = nullptr;
    SweepView* sweep_ = nullptr;
    TemperaturesView* temperatures_ = nullptr;
    LessonPanel* lesson_;
    int currentLesson_ = -1;
    QString lessonHtml_;
    QDockWidget* lessonDock_ = nullptr;
    QDockWidget* parametersDock_ = nullptr;
    QAction* panelAction_ = nullptr;  // View > Parameters panel
    // Shown when wanted (F9); presentation mode hides it for a lesson or the gradient lab (makeRoomForPresentation).
    void updateParametersDock();
    void makeRoomForPresentation();
    bool deskPanelShown_ = true;  // F9's state before presentation mode
    ExplorerController* explorerController_;
    TeachingController* teaching_;
    AnnealController* anneal_;
    OneAtATimeBar* oneAtATime_ = nullptr;
    SessionController* sessions_;
    QAction* playAction_ = nullptr;
    QAction* nextLessonAction_ = nullptr;
    QAction* predictAction_ = nullptr;
    QAction* previousLessonAction_ = nullptr;
    QAction* presentAction_ = nullptr;
    bool presenting_ = false;
    double normalFontSize_ = 0.0;
    QLabel* timing_ = nullptr;
    QLabel* notice_ = nullptr;
    TauCorner* tauCorner_ = nullptr;  // "τ = 0.5", large, and a tau slider above the views
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

}  // namespace gumbel::ui
