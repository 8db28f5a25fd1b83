#include "ui/panels/WeightsEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "core/Distribution.h"

namespace gumbel::ui {

namespace {
QString number(double v) {
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    return QLocale::c().toString(v, 'g', 6);
}
}  // namespace

WeightsEditor::WeightsEditor(QWidget* parent) : QWidget(parent), table_(new QTableWidget(0, 3)), reason_(new QLabel) {
    table_->setHorizontalHeaderLabels({"weight (edit)", "p", "log p"});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->setToolTip("Weights of the k categories. Type a non-negative number to change one; "
                       "p is the normalised weight and log p its natural logarithm (what enters the noise sum).");
    table_->setMinimumHeight(140);
    reason_->setWordWrap(true);
    reason_->setStyleSheet("color: #b00020;");
    reason_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    layout->addWidget(reason_);
    connect(table_, &QTableWidget::cellChanged, this, &WeightsEditor::cellEdited);
}

void WeightsEditor::show(const std::vector<double>& weights, const Distribution& distribution) {
    filling_ = true;
    weights_ = weights;
    const int k = distribution.size();
    table_->setRowCount(k);
    QStringList rows;
    for (int i = 0; i < k; ++i) rows << QString::number(i);
    table_->setVerticalHeaderLabels(rows);
    for (int i = 0; i < k; ++i) {
        const double values[3] = {weights_[static_cast<std::size_t>(i)], distribution.probabilities()[i],
                                  distribution.logProbabilities()[i]};
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem* item = table_->item(i, c);
            if (item == nullptr) {
                item = new QTableWidgetItem;
                if (c > 0) item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                table_->setItem(i, c, item);
            }
            item->setText(number(values[c]));
        }
    }
    filling_ = false;
}

void WeightsEditor::showReason(const QString& reason) {
    reason_->setText(reason);
    reason_->setVisible(!reason.isEmpty());
}

void WeightsEditor::cellEdited(int row, int column) {
    if (filling_ || column != 0 || row < 0 || row >= static_cast<int>(weights_.size())) return;
    const QString text = table_->item(row, column)->text().trimmed();
    bool ok = false;
    const double w = QLocale::c().toDouble(text, &ok);
    QString reason;
    if (!ok) reason = QString("weight %1: '%2' is not a number").arg(row).arg(text.left(20));
    else if (std::isnan(w)) reason = QString("weight %1 is NaN").arg(row);
    else if (std::isinf(w)) reason = QString("weight %1 is infinite").arg(row);
    else if (w < 0) reason = QString("weight %1 is negative (%2); weights must be >= 0").arg(row).arg(text);
    if (!reason.isEmpty()) {
        showReason(reason);
        filling_ = true;
        table_->item(row, column)->setText(number(weights_[static_cast<std::size_t>(row)]));
        filling_ = false;
        return;
    }
    showReason({});
    std::vector<double> edited = weights_;
    edited[static_cast<std::size_t>(row)] = w;
    emit weightsEdited(edited);
}

}  // namespace gumbel::ui
