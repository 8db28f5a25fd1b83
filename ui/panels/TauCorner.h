#pragma once
// The temperature above the views, at the right end of the tool bars' row, on every view: "τ = 0.5" in large
// type for the room, and a small log slider so that the lecturer can move tau from whichever view is in front (the
// gradient lab in presentation mode has the parameter panel out of the way). While a logit temperature T other than
// 1 is set (the two temperatures' lesson), "T = 0.5" and its own slider stand beside it: both knobs in reach.
#include <QWidget>

class QLabel;
class QSlider;

namespace gumbel::ui {

class ExplorerState;

class TauCorner : public QWidget {
    Q_OBJECT
public:
    explicit TauCorner(ExplorerState& state, QWidget* parent = nullptr);
    QString readout() const;
    QSlider* slider() const { return slider_; }
    QSlider* logitTemperatureSlider() const { return tSlider_; }
    QString logitTemperatureReadout() const;  // empty while hidden

protected:
    void changeEvent(QEvent* event) override;  // the readout stays larger than the window's text

private:
    void refresh();
    void styleReadout();

    ExplorerState& state_;
    QLabel* readout_;
    QSlider* slider_;
    QLabel* tReadout_;
    QSlider* tSlider_;
};

}  // namespace gumbel::ui
