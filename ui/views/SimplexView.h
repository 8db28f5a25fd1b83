#pragma once
// k = 3: the triangle of all probability vectors, coloured by the exact
// Concrete log-density at the current tau and p (Maddison et al. 2017,
// Fig. 2, made live), with relaxed samples drawn over it as points and the
// vertices labelled by category and p. For other k it says so and offers a
// one-click switch to k = 3. It takes keyboard focus: Left and Right step
// through the samples (Home, End: the first, the last) and the sample is read
// out (status bar, accessible description): C, its winner, the density there.
#include <Eigen/Core>
#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>
#include <utility>

#include "ui/model/ExplorerParameters.h"
#include "ui/model/SimplexDensity.h"
#include "ui/views/CellCursor.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace gumbel::ui {

class SimplexView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSamples = 1500;

    explicit SimplexView(QWidget* parent = nullptr);

    // While tau or p keep changing (a drag: changes less than kDragGapMs apart) the density is drawn on a lattice
    // half as fine; kRefineMs after the last change the full lattice replaces it.
    static constexpr int kSubdivisions = 120;  // 14,400 small triangles: smooth to the eye
    static constexpr int kDragSubdivisions = 60;
    static constexpr int kDragGapMs = 150;
    static constexpr int kRefineMs = 200;
    void showState(const ExplorerParameters& parameters, const Distribution& distribution);
    // Predict first: the dots alone, without the density's colours (and its colour bar) until revealed.
    void setDensityHidden(bool hidden);
    bool densityHidden() const { return densityHidden_; }
    // Changes closer together than this count as a drag (kDragGapMs unless set; tests set a long gap so that
    // their result does not depend on how fast a loaded machine runs them).
    void setDragGap(int milliseconds) { dragGapMs_ = milliseconds; }
    const SimplexDensity* density() const { return density_.get(); }
    const Eigen::MatrixXd& samples() const { return samples_; }  // 3 x kSamples, empty unless k = 3
    QPushButton* switchButton() const { return switch_; }
    // The share of the samples in each argmax region (where C_i is the largest): it stays p_i at every tau.
    Eigen::Vector3d regionShares() const;
    // The colours say which share of the samples lies where the density is higher (SimplexDensity::denserShareAt:
    // colours and dots agree at every tau); ticked, a fixed log-density range (kFixedLow to kFixedHigh), so that a
    // colour means the same density at every tau.
    static constexpr double kFixedLow = -4.0, kFixedHigh = 4.0;
    QCheckBox* fixedScaleBox() const { return fixedScale_; }
    std::pair<double, double> colourRange() const;
    const QImage& densityImage() const { return image_; }
    const CellCursor& cursor() const { return cursor_; }
    // One sample at a time: only the first n samples are drawn (and counted in the regions); -1: all of them.
    void setShownSamples(long long n);
    Eigen::Index shownSamples() const;
    QString sampleText(Eigen::Index j) const;  // "sample 4 of 1500: C = (...), largest C_1 (category 1), ..."

    QSize sizeHint() const override { return {700, 620}; }

signals:
    void switchToThreeRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;  // the cell cursor's keys and focus
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;  // the check box keeps room for its text at every font size

private:
    struct Corners {
        QPointF v[3];
    };
    Corners corners() const;
    void renderImage();
    void computeDensity(int subdivisions);
    void announce();
    CellCursor cursor_;
    long long shownLimit_ = -1;

    QWidget* message_;
    QLabel* messageText_;
    QPushButton* switch_;
    QCheckBox* fixedScale_;
    std::unique_ptr<SimplexDensity> density_;
    bool densityHidden_ = false;
    Eigen::MatrixXd samples_;
    std::optional<Distribution> distribution_;
    double tau_ = 0.0;
    QImage image_;
    QRectF imageRect_;
    QElapsedTimer lastDensityChange_;
    int dragGapMs_ = kDragGapMs;
    QTimer* refine_;
};

}  // namespace gumbel::ui
