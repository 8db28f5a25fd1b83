#include "ui/panels/WeightsEditor.h"

#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QLabel>
#include <QEvent>
#include <QFontMetrics>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <cmath>
#include <limits>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/Distribution.h"
#include "ui/text/Language.h"
#include "ui/panels/CellEditDelegate.h"

namespace gumbel::ui {

namespace {
// exp(700) is about 1e304: larger logits have no finite weight.
constexpr double kMaxLogit = 700.0;

QString number(double v, int digits = 6) {
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    return displayNumber(v, 'g', digits);  // in the window's locale; typed weights may use either separator
}
}  // namespace

WeightsEditor::WeightsEditor(QWidget* parent) : QWidget(parent), table_(new QTableWidget(0, 4)), reason_(new QLabel) {
    table_->setAccessibleName(tr("Weights of the k categories, with their logits, p and log p"));
    // Weights and logits (ln weight, as gumbel-cli's --logits) are edited in place (tooltip).
    table_->setHorizontalHeaderLabels({tr("weight"), tr("logit"), tr("p"), tr("log p")});
    // Columns as wide as their numbers (never "0...."); the table scrolls sideways when the panel is narrower.
    // Sized by fitWidth() in one pass per refill: Qt's ResizeToContents re-measured the whole column for every
    // changed cell, and refilling a table of k = 1,000 took 10 s (random input, seed 1679).
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setStretchLastSection(true);
    // The scroll bar's room is kept whether k rows fit or not: a bar appearing later (a taller row above, a larger k)
    // left the stretched last column as wide as before, and "log p" ran out of the view.
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    fitToFont();
    table_->setToolTip(tr("Weights of the k categories. Type a non-negative weight, or a logit (its natural logarithm: "
                          "weight = exp(logit), -inf for 0), to change one; p is the normalised weight and log p its "
                          "natural logarithm (what enters the noise sum; logits are log p up to a constant)."));
    table_->setMinimumHeight(140);
    reason_->setWordWrap(true);
    reason_->setStyleSheet("color: #b00020;");
    reason_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    layout->addWidget(reason_);
    auto* delegate = new CellEditDelegate(table_);
    delegate_ = delegate;
    table_->setItemDelegate(delegate);
    connect(table_, &QTableWidget::cellChanged, this, &WeightsEditor::cellEdited);
    // After an editor closes (queued: the view finishes its own bookkeeping first), show what arrived meanwhile.
    connect(table_->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, &WeightsEditor::showPending,
            Qt::QueuedConnection);
}

void WeightsEditor::fitToFont() {
    table_->verticalHeader()->setDefaultSectionSize(QFontMetrics(table_->font()).height() + 6);
    fitWidth();
}

void WeightsEditor::fitWidth() {
    // As wide as the columns (sized to their numbers), at least as wide as typical six-digit numbers need: the
    // panel around it widens rather than cutting a number in half.
    const QFontMetrics metrics(table_->font());
    const int typical = metrics.horizontalAdvance("0.0816327") + metrics.horizontalAdvance("-2.5055") +
                        metrics.horizontalAdvance("0.081633") + metrics.horizontalAdvance("-2.5055") + 4 * 14;
    int content = 0;  // what the columns need (the header's length would include the stretched last column)
    for (int c = 0; c < table_->columnCount(); ++c) {
        int widest = table_->horizontalHeader()->sectionSizeHint(c);
        for (int r = 0; r < table_->rowCount(); ++r) {
            if (const QTableWidgetItem* item = table_->item(r, c)) widest = std::max(widest, metrics.horizontalAdvance(item->text()) + 14);
        }
        table_->setColumnWidth(c, widest);
        content += widest;
    }
    const int columns = std::max(typical, content);
    table_->setMinimumWidth(columns + table_->verticalHeader()->sizeHint().width() + 2 * table_->frameWidth() +
                            table_->verticalScrollBar()->sizeHint().width());
}

void WeightsEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fitToFont();
}

void WeightsEditor::showWeights(const std::vector<double>& weights, const Distribution& distribution) {
    const Eigen::VectorXd& p = distribution.probabilities();
    const Eigen::VectorXd& logP = distribution.logProbabilities();
    pending_ = Pending{weights, std::vector<double>(p.data(), p.data() + p.size()),
                       std::vector<double>(logP.data(), logP.data() + logP.size())};
    if (delegate_->editing()) return;  // shown when the editor closes
    showPending();
}

void WeightsEditor::showPending() {
    if (!pending_ || delegate_->editing()) return;
    const Pending shown = std::move(*pending_);
    pending_.reset();
    filling_ = true;
    weights_ = shown.weights;
    const int k = static_cast<int>(shown.p.size());
    table_->setRowCount(k);
    QStringList rows;
    for (int i = 0; i < k; ++i) rows << QString::number(i);
    table_->setVerticalHeaderLabels(rows);
    for (int i = 0; i < k; ++i) {
        const auto row = static_cast<std::size_t>(i);
        const double weight = row < weights_.size() ? weights_[row] : shown.p[row];
        const double values[4] = {weight, std::log(weight), shown.p[row], shown.logP[row]};
        for (int c = 0; c < 4; ++c) {
            QTableWidgetItem* item = table_->item(i, c);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                if (c > 1) item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                table_->setItem(i, c, item);
            }
            // Logit, p and log p with 5 digits (narrow columns, no number cut off); every value in full in the tooltip.
            item->setText(number(values[c], c == 0 ? 6 : 5));
            const QString column = table_->horizontalHeaderItem(c)->text();
            item->setToolTip(tr("%1 of category %2: %3").arg(column).arg(i).arg(number(values[c], 17)));
        }
    }
    filling_ = false;
    fitWidth();
}

void WeightsEditor::showReason(const QString& reason) {
    reason_->setText(reason);
    reason_->setVisible(!reason.isEmpty());
}

void WeightsEditor::cellEdited(int row, int column) {
    if (filling_ || column > 1 || row < 0) return;
    const bool logit = column == 1;
    // The newest weights: those that arrived while the cell was being edited, if any.
    const std::vector<double>& base = pending_ ? pending_->weights : weights_;
    if (row >= static_cast<int>(base.size())) {
        showReason(tr("weight %1 was not applied: there are only %2 categories now").arg(row).arg(base.size()));
        return;
    }
    const QString text = table_->item(row, column)->text().trimmed();
    bool ok = false;
    const std::optional<double> parsed = parseTypedNumber(text);  // the locale's decimal separator or '.'
    ok = parsed.has_value();
    const double typed = parsed.value_or(0.0);
    double w = typed;
    QString reason;
    if (!ok) {
        reason = tr("%1 %2: '%3' is not a number").arg(logit ? tr("logit") : tr("weight")).arg(row).arg(text.left(20));
    } else if (logit && (std::isnan(typed) || typed == std::numeric_limits<double>::infinity() || typed > kMaxLogit)) {
        reason = tr("logit %1 (%2) must be at most %3 (its weight exp(logit) must be a finite number)")
                     .arg(row)
                     .arg(text.left(20))
                     .arg(kMaxLogit);
    } else if (logit) {
        w = std::exp(typed);  // -inf: weight 0
    }
    if (reason.isEmpty()) {
        if (const std::string problem = weightProblem(w); !problem.empty()) {
            reason = tr("weight %1 (%2) %3").arg(row).arg(text.left(20), QString::fromStdString(problem));
        }
    }
    if (!reason.isEmpty()) {
        showReason(reason);
        filling_ = true;
        const double old = base[static_cast<std::size_t>(row)];
        table_->item(row, column)->setText(logit ? number(std::log(old), 5) : number(old));
        filling_ = false;
        return;
    }
    showReason({});
    std::vector<double> edited = base;
    edited[static_cast<std::size_t>(row)] = w;
    emit weightsEdited(edited);
}

}  // namespace gumbel::ui
