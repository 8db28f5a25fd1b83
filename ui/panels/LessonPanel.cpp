#include "ui/panels/LessonPanel.h"

#include <algorithm>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gumbel::ui {

QStringList lessonParagraphs(const QString& html) {
    QStringList paragraphs;
    static const QRegularExpression paragraph("<p>.*?</p>", QRegularExpression::DotMatchesEverythingOption);
    for (auto it = paragraph.globalMatch(html); it.hasNext();) paragraphs << it.next().captured(0);
    if (paragraphs.isEmpty()) paragraphs << html;
    return paragraphs;
}

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent), title_(new QLabel), pageLabel_(new QLabel), text_(new QTextBrowser) {
    styleTitle();
    title_->setWordWrap(true);
    pageLabel_->setObjectName("lessonPage");
    pageLabel_->setToolTip(tr("Page of the lesson's text: PageDown and PageUp (a presentation clicker) turn the pages, "
                              "then the lessons"));
    text_->setOpenExternalLinks(false);
    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(pageLabel_, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(text_, 1);
    pageLabel_->hide();
}

void LessonPanel::showLesson(const QString& title, const QString& html, int page) {
    const bool sameLesson = title == titleText_;
    titleText_ = title;
    html_ = html;
    paragraphs_ = lessonParagraphs(html);
    if (!sameLesson) page_ = page < 0 ? (paged_ ? static_cast<int>(paragraphs_.size()) - 1 : 0) : page;
    page_ = std::clamp(page_, 0, static_cast<int>(paragraphs_.size()) - 1);
    title_->setText(title);
    render();
}

void LessonPanel::setPaged(bool paged) {
    if (paged == paged_) return;
    paged_ = paged;
    render();
}

int LessonPanel::pageCount() const { return paged_ ? static_cast<int>(paragraphs_.size()) : 1; }

bool LessonPanel::nextPage() {
    if (!paged_ || page_ + 1 >= paragraphs_.size()) return false;
    ++page_;
    render();
    return true;
}

bool LessonPanel::previousPage() {
    if (!paged_ || page_ <= 0) return false;
    --page_;
    render();
    return true;
}

void LessonPanel::render() {
    const int scroll = text_->verticalScrollBar()->value();
    // Paged, a page is one paragraph: a size larger, for the back of the room.
    QFont textFont = font();
    if (paged_) textFont.setPointSizeF(textFont.pointSizeF() * 1.2);
    text_->setFont(textFont);
    text_->setHtml(paged_ ? paragraphs_.value(page_) : html_);
    pageLabel_->setVisible(paged_ && paragraphs_.size() > 1);
    pageLabel_->setText(QString("%1 / %2").arg(page_ + 1).arg(paragraphs_.size()));
    if (!paged_) text_->verticalScrollBar()->setValue(scroll);  // the same text again keeps its place
}

void LessonPanel::styleTitle() {
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    title_->setFont(bold);
}

void LessonPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        styleTitle();
        render();
    }
}

QSize LessonPanel::sizeHint() const {
    const int width = fontMetrics().averageCharWidth() * 30 + 2 * layout()->contentsMargins().left();
    return {width, QWidget::sizeHint().height()};
}

QString LessonPanel::title() const { return title_->text(); }
QString LessonPanel::text() const { return text_->toPlainText(); }

}  // namespace gumbel::ui
