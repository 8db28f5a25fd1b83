#pragma once
// Guided lessons: each sets the parameters, brings the right view to the
// front and explains, in a few sentences beside it, what to look at.
#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

#include "ui/model/ExplorerParameters.h"
#include "ui/model/GradientLabSettings.h"

class QLabel;
class QTextBrowser;

namespace gumbel::ui {

struct Lesson {
    QString title;  // in English, as written in the source (marked for translation in the "Lessons" context)
    QString view;  // a MainWindow view name
    std::function<void(ExplorerParameters&)> setup;  // applied to the defaults
    // The explanation; may use the state it set up (e.g. to quote exact numbers).
    std::function<QString(const ExplorerParameters&, const Distribution&)> text;
    // The gradient lab's settings, applied to its defaults (every lesson resets them).
    std::function<void(GradientLabSettings&)> labSetup = [](GradientLabSettings&) {};
    // The title in the current language (lessons() is built once, possibly before a translator is installed).
    QString displayTitle() const;
};

const std::vector<Lesson>& lessons();

// The explanation beside the views.
class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);
    void showLesson(const QString& title, const QString& html);
    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;  // the title stays larger than the text at every font size

private:
    void styleTitle();
    QLabel* title_;
    QTextBrowser* text_;
};

}  // namespace gumbel::ui
