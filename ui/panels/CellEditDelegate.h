#pragma once
// The item delegate of the app's editable tables (the weights, the gradient lab's logits):
// - It counts the editors it has open: an editor can outlive the view's EditingState (a drag on the table while a
//   cell is being edited), and rebuilding rows under an open editor makes Qt lose track of it; the owner waits.
// - Return and Enter commit and close the editor at once. Qt's own delegate only posts that (queued), so a second
//   key or click handled before the posted call (Escape, Tab, a click on another cell: a busy window handles two
//   inputs in one pass) closed the editor first, and the late call then made Qt warn "commitData called with an
//   editor that does not belong to this view" and the matching closeEditor warning (issue 25, item 10).
#include <QStyledItemDelegate>

namespace gumbel::ui {

class CellEditDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void destroyEditor(QWidget* editor, const QModelIndex& index) const override;
    bool editing() const { return open_ > 0; }

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    mutable int open_ = 0;
};

}  // namespace gumbel::ui
