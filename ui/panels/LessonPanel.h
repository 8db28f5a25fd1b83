#pragma once
// The lesson's explanation beside the views, whole or paged a paragraph at a time.
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace gumbel::ui {

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
