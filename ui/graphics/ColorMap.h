#pragma once
// A 256-entry colour lookup table on a fixed value range; the heatmaps and
// their colour bars share one, so the bar always explains the map.
#include <QColor>
#include <QRectF>
#include <array>

class QPainter;

namespace gumbel::ui {

class ColorMap {
public:
    // Viridis on [0, 1].
    static const ColorMap& viridis();

    QRgb color(double value) const {
        const double t = (value - low_) / (high_ - low_);
        const int index = t > 0.0 ? (t < 1.0 ? static_cast<int>(t * 255.0 + 0.5) : 255) : 0;  // NaN -> 0
        return table_[static_cast<std::size_t>(index)];
    }
    QRgb entry(int index) const { return table_[static_cast<std::size_t>(index)]; }
    double low() const { return low_; }
    double high() const { return high_; }

private:
    ColorMap(const std::array<QRgb, 256>& table, double low, double high) : table_(table), low_(low), high_(high) {}
    std::array<QRgb, 256> table_;
    double low_;
    double high_;
};

}  // namespace gumbel::ui
