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
    // Whether the explorer shows its m-hot half (V, S, histogram 4): lessons on one-hots hide it.
    bool mHot = true;
    // Whether the explorer shows histograms (2) and (3): lessons about the winners alone show (1) large.
    bool valueHistograms = true;
    // The title in the current language (lessons() is built once, possibly before a translator is installed).
    QString displayTitle() const;
};

const std::vector<Lesson>& lessons();

// The explanation beside the views. Paged (presentation mode): one paragraph at a time, in the room's font, with
// "2 / 5" beside the title; the clicker's next and previous (PageDown, PageUp) turn the pages before the lessons.
class LessonPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonPanel(QWidget* parent = nullptr);
    // A new lesson starts at `page` (-1: its last page); the same lesson's text again keeps the page.
    void showLesson(const QString& title, const QString& html, int page = 0);
    void setPaged(bool paged);
    bool paged() const { return paged_; }
    int page() const { return page_; }
    int pageCount() const;
    bool nextPage();      // false on the last page (or when not paged)
    bool previousPage();  // false on the first page
    QString title() const;
    QString text() const;  // what is shown now (one page when paged)
    QTextBrowser* browser() const { return text_; }
    // About 30 characters wide at the panel's font, whatever the language: German's longer title and words would
    // otherwise widen the dock at the views' expense on a 1500-pixel projector.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;  // the title stays larger than the text at every font size

private:
    void styleTitle();
    void render();
    QLabel* title_;
    QLabel* pageLabel_;
    QTextBrowser* text_;
    QString titleText_;
    QStringList paragraphs_;
    QString html_;
    bool paged_ = false;
    int page_ = 0;
};

// The paragraphs of a lesson's HTML (its <p> elements), each with its own tags.
QStringList lessonParagraphs(const QString& html);

}  // namespace gumbel::ui
