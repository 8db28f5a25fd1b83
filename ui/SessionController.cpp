#include "ui/SessionController.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include "ui/MainWindow.h"

namespace gumbel::ui {

namespace {
constexpr int kRecent = 8;
const char* kRecentKey = "recentSessions";
const char* kFilter = "Gumbel Explorer sessions (*.gumbel.json *.json);;All files (*)";
}  // namespace

SessionController::SessionController(ExplorerState& state, MainWindow& window, QObject* parent)
    : QObject(parent), state_(state), window_(window) {
    connect(&state_, &ExplorerState::changed, this, [this] {
        if (!applying_) setModified(true);
    });
    updateTitle();
}

Session SessionController::current() const { return Session{state_.parameters(), window_.currentViewName()}; }

Status SessionController::open(const QString& path) {
    const Result<Session> session = loadSession(path);
    if (!session) return Error{session.error()};
    applying_ = true;
    const Status status = state_.apply([&](ExplorerParameters& p) { p = session->parameters; });
    applying_ = false;
    if (!status) return Error{(path + ": " + QString::fromStdString(status.error())).toStdString()};
    window_.showView(session->view);
    path_ = path;
    remember(path);
    setModified(false);
    return {};
}

Status SessionController::saveTo(const QString& path) {
    if (Status s = saveSession(current(), path); !s) return s;
    path_ = path;
    remember(path);
    setModified(false);
    return {};
}

bool SessionController::save() {
    if (path_.isEmpty()) return saveAs();
    const Status status = saveTo(path_);
    if (!status) QMessageBox::warning(&window_, "Save session", QString::fromStdString(status.error()));
    return status.ok();
}

bool SessionController::saveAs() {
    QString path = QFileDialog::getSaveFileName(&window_, "Save session", path_.isEmpty() ? "lesson.gumbel.json" : path_, kFilter);
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += ".gumbel.json";
    const Status status = saveTo(path);
    if (!status) QMessageBox::warning(&window_, "Save session", QString::fromStdString(status.error()));
    return status.ok();
}

void SessionController::openDialog() {
    if (!confirmClose()) return;
    const QString path = QFileDialog::getOpenFileName(&window_, "Open session", QFileInfo(path_).path(), kFilter);
    if (path.isEmpty()) return;
    if (const Status status = open(path); !status) {
        QMessageBox::warning(&window_, "Open session", "The session was not opened.\n\n" + QString::fromStdString(status.error()));
    }
}

QStringList SessionController::recentFiles() const { return QSettings().value(kRecentKey).toStringList(); }

void SessionController::remember(const QString& path) {
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecent) recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void SessionController::fillRecentMenu(QMenu* menu) {
    menu->clear();
    const QStringList recent = recentFiles();
    if (recent.isEmpty()) menu->addAction("(none yet)")->setEnabled(false);
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        menu->addAction(QString("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
            if (!confirmClose()) return;
            if (const Status status = open(path); !status) {
                QMessageBox::warning(&window_, "Open session", QString::fromStdString(status.error()));
            }
        })->setToolTip(path);
    }
}

bool SessionController::confirmClose() {
    if (!modified_) return true;
    const auto answer = QMessageBox::question(&window_, "Unsaved changes",
                                              "The session has unsaved changes. Save them first?",
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) return save();
    return true;
}

void SessionController::setModified(bool modified) {
    modified_ = modified;
    updateTitle();
}

void SessionController::updateTitle() {
    const QString name = path_.isEmpty() ? QString("untitled") : QFileInfo(path_).fileName();
    window_.setWindowTitle(name + "[*] - Gumbel Explorer");
    window_.setWindowModified(modified_);
}

}  // namespace gumbel::ui
