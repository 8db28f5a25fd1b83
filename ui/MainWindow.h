#pragma once
// Assembles the parts: the parameter panel (a dock), the views (tabs), the
// status bar with progress, timing and notices. It owns no logic of its own.
#include <QMainWindow>

#include "ui/model/ExplorerState.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace gumbel::ui {

class ExplorerController;
class ExplorerView;
class ParameterPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ExplorerState& state, QWidget* parent = nullptr);

    ExplorerController& controller() const { return *controller_; }
    ExplorerView& explorerView() const { return *explorer_; }
    ParameterPanel& parameterPanel() const { return *panel_; }
    QTabWidget& views() const { return *tabs_; }

    static QStringList viewNames();
    bool showView(const QString& name);  // false for an unknown name

private:
    void buildMenus();
    void buildStatusBar();
    void showNotice(const QString& text);

    ExplorerState& state_;
    QTabWidget* tabs_;
    ExplorerView* explorer_;
    ParameterPanel* panel_;
    ExplorerController* controller_;
    QLabel* timing_ = nullptr;
    QLabel* notice_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

}  // namespace gumbel::ui
