#pragma once
// The session side of the window: open, save, save as, recent files, the
// title with the session name and an unsaved-changes mark, and the question
// before closing with unsaved changes.
#include <QObject>
#include <QString>
#include <QStringList>

#include "ui/model/ExplorerState.h"
#include "ui/model/SessionFile.h"

class QMenu;

namespace gumbel::ui {

class MainWindow;

class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(ExplorerState& state, MainWindow& window, QObject* parent = nullptr);

    Status open(const QString& path);  // the state is untouched on failure
    Status saveTo(const QString& path);
    bool save();                       // asks for a name when there is none
    bool saveAs();
    void openDialog();
    bool isModified() const { return modified_; }
    const QString& path() const { return path_; }
    QStringList recentFiles() const;
    void fillRecentMenu(QMenu* menu);
    // True when the window may close (no unsaved changes, or the person chose).
    bool confirmClose();

private:
    void setModified(bool modified);
    void updateTitle();
    void remember(const QString& path);
    Session current() const;

    ExplorerState& state_;
    MainWindow& window_;
    QString path_;
    bool modified_ = false;
    bool applying_ = false;
};

}  // namespace gumbel::ui
