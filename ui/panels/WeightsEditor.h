#pragma once
// The k probabilities as a table: an editable weight per category, and the
// normalised p and log p it gives, labelled as such. Editing a weight makes
// the distribution custom. Bad input is refused where it is typed, with the
// reason shown.
#include <QWidget>
#include <vector>

class QTableWidget;
class QLabel;

namespace gumbel {
class Distribution;
}

namespace gumbel::ui {

class WeightsEditor : public QWidget {
    Q_OBJECT
public:
    explicit WeightsEditor(QWidget* parent = nullptr);

    // Shows these weights (the distribution's p for presets) and p, log p.
    void show(const std::vector<double>& weights, const Distribution& distribution);
    QTableWidget* table() const { return table_; }
    void showReason(const QString& reason);

signals:
    void weightsEdited(const std::vector<double>& weights);

private:
    void cellEdited(int row, int column);

    QTableWidget* table_;
    QLabel* reason_;
    std::vector<double> weights_;
    bool filling_ = false;
};

}  // namespace gumbel::ui
