#pragma once
// The k probabilities as a table: an editable weight per category, and the
// normalised p and log p it gives, labelled as such. Editing a weight makes
// the distribution custom. Bad input is refused where it is typed, with the
// reason shown.
#include <QWidget>
#include <optional>
#include <vector>

class QTableWidget;
class QLabel;

namespace gumbel {
class Distribution;
}

namespace gumbel::ui {

class CellEditDelegate;

class WeightsEditor : public QWidget {
    Q_OBJECT
public:
    explicit WeightsEditor(QWidget* parent = nullptr);

    // Shows these weights (the distribution's p for presets) and p, log p. While a cell is being edited the table
    // is not rebuilt under the editor: the new values are kept and shown as soon as the editor closes, and the typed
    // weight applies to the category of the row it was typed in, on top of the newest weights.
    void showWeights(const std::vector<double>& weights, const Distribution& distribution);
    QTableWidget* table() const { return table_; }
    void showReason(const QString& reason);

signals:
    void weightsEdited(const std::vector<double>& weights);

protected:
    void changeEvent(QEvent* event) override;  // rows and columns follow the font (presentation mode)

private:
    void fitToFont();  // rows as tall as the font
    void fitWidth();   // every column in view
    void cellEdited(int row, int column);
    void fill(const std::vector<double>& weights, const Distribution& distribution);
    void showPending();

    QTableWidget* table_;
    QLabel* reason_;
    CellEditDelegate* delegate_ = nullptr;
    std::vector<double> weights_;
    struct Pending {
        std::vector<double> weights;
        std::vector<double> p;
        std::vector<double> logP;
    };
    std::optional<Pending> pending_;  // values that arrived while a cell was being edited
    bool filling_ = false;
};

}  // namespace gumbel::ui
