// The window's lessons: opening one (its state without marking the session modified), the clicker's next and
// previous (pages, then lessons), reset, and the text following the state.
#include <QDockWidget>

#include "ui/controllers/AnnealController.h"
#include "ui/text/Lessons.h"
#include "ui/panels/LessonPanel.h"
#include "ui/window/MainWindow.h"
#include "ui/views/ExplorerView.h"

namespace gumbel::ui {

void MainWindow::startLesson(int index, int page) {
    if (index < 0 || index >= static_cast<int>(lessons().size())) return;
    const Lesson& lesson = lessons().at(static_cast<std::size_t>(index));
    anneal_->pause();
    ExplorerParameters start;  // every lesson starts from the defaults
    lesson.setup(start);
    GradientLabSettings lab;
    lesson.labSetup(lab);
    if (Status s = document_.applyLesson(start, lab); !s) {
        showNotice(tr("Lesson could not start: %1").arg(QString::fromStdString(s.error())));
        return;
    }
    showView(lesson.view);
    explorer_->setMHotShown(lesson.mHot);
    explorer_->setValueHistogramsShown(lesson.valueHistograms);
    currentLesson_ = index;
    lessonHtml_ = lesson.text(state_.parameters(), state_.distribution());
    lesson_->showLesson(QString(), QString());  // a new lesson: starts at `page` even if its title is the same
    lesson_->showLesson(lesson.displayTitle(), lessonHtml_, page);
    lessonDock_->show();
    makeRoomForPresentation();
}

bool MainWindow::lessonOpen() const { return currentLesson_ >= 0 && !lessonDock_->isHidden(); }

void MainWindow::nextLessonStep() {
    if (lessonOpen() && lesson_->nextPage()) return;
    const int next = lessonOpen() ? currentLesson_ + 1 : 0;
    if (next < static_cast<int>(lessons().size())) startLesson(next);
}

void MainWindow::previousLessonStep() {
    if (!lessonOpen() || lesson_->previousPage()) return;
    if (currentLesson_ > 0) startLesson(currentLesson_ - 1, -1);
}

void MainWindow::resetLesson() {
    if (lessonOpen()) startLesson(currentLesson_, lesson_->page());
}

void MainWindow::refreshLesson() {
    // A lesson's numbers follow the state (p, m, ...): redrawn when they change, and only then (keeps the scroll).
    if (currentLesson_ < 0 || !lessonDock_->isVisible()) return;
    const Lesson& lesson = lessons().at(static_cast<std::size_t>(currentLesson_));
    const QString html = lesson.text(state_.parameters(), state_.distribution());
    if (html == lessonHtml_) return;
    lessonHtml_ = html;
    lesson_->showLesson(lesson.displayTitle(), html);
}

}  // namespace gumbel::ui
