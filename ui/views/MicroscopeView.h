#pragma once
// One sample under the microscope (k = 3). Left, the triangle of probability vectors: p (a diamond), sample n's
// relaxed point C_n (a dot, its winner's corner ringed), and from C_n the exact gradient g* (vermillion, dashed) and
// each shown estimator's estimate for this sample as arrows in its colour: gradients with respect to the logits,
// projected on the triangle's plane (g less its mean; SGD moves the logits against them), all on one scale. On
// demand, the cloud: every estimator's estimates for the first 400 samples, drawn from the same point as small dots
// at the arrows' tips. Right, the numbers: each estimate, its length and its angle to g*. Left/Right (or the
// buttons) step to the previous/next sample; C shows or hides the cloud. Other k: a note and a switch to k = 3.
#include <QWidget>

#include "ui/model/Microscope.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace gumbel::ui {

class MicroscopeView : public QWidget {
    Q_OBJECT
public:
    explicit MicroscopeView(QWidget* parent = nullptr);

    void showData(const MicroscopeData& data);
    void setCloudShown(bool shown);
    const MicroscopeData& data() const { return data_; }
    bool cloudShown() const;
    QCheckBox* cloudBox() const { return cloud_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* switchButton() const { return switch_; }
    QString readout() const;   // the numbers beside the triangle, as plain text
    double arrowScale() const { return scale_; }  // pixels per unit of |g| (projected)
    QSize sizeHint() const override { return {900, 620}; }

    // Where the triangle is drawn on a canvas of this size: its top-left corner's bounding box and its side.
    struct Frame {
        QPointF origin;
        double side = 0.0;
    };
    Frame frameFor(const QSizeF& canvas, double margin) const;
    QPointF tipOn(const Frame& frame, const Eigen::Vector3d& gradient) const;  // an arrow's tip drawn from C_n
    QPointF cornerOn(const Frame& frame, int i) const;

signals:
    void stepRequested(int delta);   // -1, +1
    void cloudToggled(bool shown);
    void switchToThreeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    class Canvas;
    void updateScale();
    void updateReadout();

    Canvas* canvas_;
    QLabel* title_;
    QLabel* numbers_;
    QCheckBox* cloud_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* switch_;
    QLabel* note_;
    MicroscopeData data_;
    double scale_ = 1.0;        // of projected gradients, relative to the triangle's side
    Eigen::Vector2d cloudLow_ = Eigen::Vector2d::Zero();    // the cloud's spread on that scale (updateScale)
    Eigen::Vector2d cloudHigh_ = Eigen::Vector2d::Zero();
};

}  // namespace gumbel::ui
