#include "ui/controllers/SessionController.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace gumbel::ui {

namespace {
QString filter() { return QObject::tr("Gumbel Explorer sessions (*.gumbel.json *.json);;All files (*)"); }
}  // namespace

SessionController::SessionController(ExplorerDocument& document, QWidget& dialogParent, QObject* parent)
    : QObject(parent), document_(document), dialogParent_(dialogParent) {}

bool SessionController::save() {
    if (document_.path().isEmpty()) return saveAs();
    const Status status = document_.saveTo(document_.path());
    if (!status) QMessageBox::warning(&dialogParent_, tr("Save session"), QString::fromStdString(status.error()));
    return status.ok();
}

bool SessionController::saveAs() {
    const QString start = document_.path().isEmpty() ? QStringLiteral("lesson.gumbel.json") : document_.path();
    QString path = QFileDialog::getSaveFileName(&dialogParent_, tr("Save session"), start, filter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += ".gumbel.json";
    const Status status = document_.saveTo(path);
    if (!status) QMessageBox::warning(&dialogParent_, tr("Save session"), QString::fromStdString(status.error()));
    return status.ok();
}

void SessionController::openDialog() {
    if (!confirmClose()) return;
    const QString path =
        QFileDialog::getOpenFileName(&dialogParent_, tr("Open session"), QFileInfo(document_.path()).path(), filter());
    if (path.isEmpty()) return;
    if (const Status status = document_.open(path); !status) {
        QMessageBox::warning(&dialogParent_, tr("Open session"),
                             tr("The session was not opened.\n\n%1").arg(QString::fromStdString(status.error())));
    }
}

void SessionController::openRecent(const QString& path) {
    if (!confirmClose()) return;
    if (const Status status = document_.open(path); !status) {
        QMessageBox::warning(&dialogParent_, tr("Open session"), QString::fromStdString(status.error()));
    }
}

void SessionController::fillRecentMenu(QMenu* menu) {
    menu->clear();
    const QStringList recent = document_.recentFiles();
    if (recent.isEmpty()) menu->addAction(tr("(none yet)"))->setEnabled(false);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        menu->addAction(QString("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                        [this, path] { openRecent(path); })
            ->setToolTip(path);
    }
}

bool SessionController::confirmClose() {
    if (!document_.isModified()) return true;
    const auto answer = QMessageBox::question(&dialogParent_, tr("Unsaved changes"),
                                              tr("The session has unsaved changes. Save them first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return save();
    return true;
}

}  // namespace gumbel::ui
