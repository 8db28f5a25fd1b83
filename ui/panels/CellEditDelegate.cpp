#include "ui/panels/CellEditDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QValidator>
#include <algorithm>

namespace gumbel::ui {

QWidget* CellEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    ++open_;
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CellEditDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const {
    open_ = std::max(0, open_ - 1);
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool CellEditDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor != nullptr && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // As Qt does before committing: a line edit with a validator gets its fix-up, and unacceptable input
            // keeps the editor open.
            if (auto* line = qobject_cast<QLineEdit*>(editor); line != nullptr && line->validator() != nullptr) {
                QString text = line->text();
                int position = line->cursorPosition();
                if (line->validator()->validate(text, position) != QValidator::Acceptable) {
                    line->validator()->fixup(text);
                    line->setText(text);
                }
                if (!line->hasAcceptableInput()) return true;
            }
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

}  // namespace gumbel::ui
