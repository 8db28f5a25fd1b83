#pragma once
// The dialogs around the document's session file: open, save, save as, the recent-files menu and the question
// before closing with unsaved changes. The file logic itself (load, save, path, modified flag, recent files) is
// the document's; this class only asks the person.
#include <QObject>

#include "ui/model/ExplorerDocument.h"

class QMenu;
class QWidget;

namespace gumbel::ui {

class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(ExplorerDocument& document, QWidget& dialogParent, QObject* parent = nullptr);

    bool save();    // asks for a name when there is none
    bool saveAs();
    void openDialog();
    void openRecent(const QString& path);
    void fillRecentMenu(QMenu* menu);
    // True when the window may close (no unsaved changes, or the person chose).
    bool confirmClose();

private:
    ExplorerDocument& document_;
    QWidget& dialogParent_;
};

}  // namespace gumbel::ui
