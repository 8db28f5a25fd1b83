#pragma once
// Side by side, for a slide: the same noise at three temperatures (0.1, 1 and 10 unless changed), each as G's
// heatmap with its winners ringed (the same cells in all three: argmax does not depend on tau) and how one-hot
// its columns are. The temperatures are edited above the heatmaps; the controller computes the three samples.
#include <QWidget>
#include <array>
#include <memory>

class QLabel;

namespace gumbel::ui {

class HeatmapWidget;
class LiveSample;
class LogSpinBox;

class TemperaturesView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kColumns = 3;
    static constexpr std::array<double, kColumns> kDefaultTemperatures{0.1, 1.0, 10.0};

    explicit TemperaturesView(QWidget* parent = nullptr);

    std::array<double, kColumns> temperatures() const;
    void setTemperatures(const std::array<double, kColumns>& taus);
    // The samples at temperatures(), in order (null: that column shows `placeholder`).
    void showSamples(const std::array<std::shared_ptr<const LiveSample>, kColumns>& samples, const QString& placeholder = {});
    HeatmapWidget* heatmap(int column) const { return heatmaps_[static_cast<std::size_t>(column)]; }
    QLabel* summary(int column) const { return summaries_[static_cast<std::size_t>(column)]; }

signals:
    void temperaturesChanged();

private:
    std::array<LogSpinBox*, kColumns> taus_{};
    std::array<QLabel*, kColumns> captions_{};
    std::array<HeatmapWidget*, kColumns> heatmaps_{};
    std::array<QLabel*, kColumns> summaries_{};
};

}  // namespace gumbel::ui
