#include "ui/views/MicroscopeView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/text/Language.h"
#include "ui/views/GradientBars.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

namespace {
// The triangle with unit sides: corner 0 at the top, 1 bottom left, 2 bottom right.
const Eigen::Vector2d kUnit[3] = {{0.5, 0.0}, {0.0, std::sqrt(3.0) / 2.0}, {1.0, std::sqrt(3.0) / 2.0}};

// A tangent vector's displacement on the unit triangle: sum_i d_i v_i (d's mean removed first).
Eigen::Vector2d onUnitTriangle(const Eigen::Vector3d& g) {
    const Eigen::Vector3d d = projectOnPlane(g);
    return d[0] * kUnit[0] + d[1] * kUnit[1] + d[2] * kUnit[2];
}

QString vectorText(const Eigen::Vector3d& v) {
    return QString("(%1, %2, %3)").arg(displayNumber(v[0], 'g', 3), displayNumber(v[1], 'g', 3), displayNumber(v[2], 'g', 3));
}

// The arrow from `from` (inside `box`) to `to`, cut where it leaves `box`; its head hollow when cut (longer than
// drawn).
void drawArrow(QPainter& painter, const QPointF& from, QPointF to, const QRectF& box, const QColor& colour,
               Qt::PenStyle style, double width) {
    double t = 1.0;
    const QPointF d = to - from;
    if (d.x() > 0) t = std::min(t, (box.right() - from.x()) / d.x());
    if (d.x() < 0) t = std::min(t, (box.left() - from.x()) / d.x());
    if (d.y() > 0) t = std::min(t, (box.bottom() - from.y()) / d.y());
    if (d.y() < 0) t = std::min(t, (box.top() - from.y()) / d.y());
    const bool cut = t < 1.0;
    if (cut) to = from + std::max(0.0, t) * d;
    const QLineF line(from, to);
    if (line.length() < 1.0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(from, width * 1.5, width * 1.5);
        return;
    }
    painter.setPen(QPen(colour, width, style, Qt::RoundCap));
    painter.drawLine(line);
    const double head = std::min(line.length() * 0.5, 6.0 + 2.0 * width);
    const double angle = std::atan2(-(to.y() - from.y()), to.x() - from.x());
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to - QPointF(std::cos(angle - 0.45) * head, -std::sin(angle - 0.45) * head));
    tip.lineTo(to - QPointF(std::cos(angle + 0.45) * head, -std::sin(angle + 0.45) * head));
    tip.closeSubpath();
    if (cut) {
        painter.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
        painter.setBrush(Qt::white);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
    }
    painter.drawPath(tip);
}
}  // namespace

class MicroscopeView::Canvas : public QWidget {
public:
    explicit Canvas(MicroscopeView& view) : view_(view) {
        setMinimumSize(320, 300);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        const MicroscopeData& d = view_.data_;
        QPainter painter(this);
        if (!d.ok()) return;
        painter.setRenderHint(QPainter::Antialiasing);
        const QFontMetricsF fm(font());
        const MicroscopeView::Frame frame = view_.frameFor(size(), fm.height() * 2.2);
        const auto point = [&](const Eigen::Vector3d& x) {   // a point of the simplex on the canvas
            const Eigen::Vector2d u = (x[0] * kUnit[0] + x[1] * kUnit[1] + x[2] * kUnit[2]) * frame.side;
            return frame.origin + QPointF(u.x(), u.y());
        };
        const QPointF corner[3] = {view_.cornerOn(frame, 0), view_.cornerOn(frame, 1), view_.cornerOn(frame, 2)};
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        painter.drawPolygon(corner, 3);
        // The winner's corner, ringed.
        painter.setPen(QPen(palette::exact(), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(corner[d.winner], 9.0, 9.0);
        // p, a diamond.
        const QPointF pAt = point(d.p);
        QPainterPath diamond;
        diamond.moveTo(pAt + QPointF(0, -6));
        diamond.lineTo(pAt + QPointF(6, 0));
        diamond.lineTo(pAt + QPointF(0, 6));
        diamond.lineTo(pAt + QPointF(-6, 0));
        diamond.closeSubpath();
        painter.setPen(QPen(Qt::white, 1.0));
        painter.setBrush(palette::muted().darker(130));
        painter.drawPath(diamond);
        const QPointF from = point(d.point);
        const auto tipOf = [&](const Eigen::Vector3d& g) { return view_.tipOn(frame, g); };
        const QRectF box = QRectF(rect()).adjusted(4, 4, -4, -4);   // what lies beyond is drawn on its edge
        // The cloud: every shown estimator's first 400 estimates, from the same point.
        if (view_.cloudShown()) {
            painter.setPen(Qt::NoPen);
            for (Estimator e : allEstimators()) {
                const Eigen::Matrix3Xd& cloud = d.cloud[static_cast<std::size_t>(e)];
                if (!d.shows(e) || cloud.cols() == 0) continue;
                QColor c = estimatorColor(e);
                c.setAlpha(70);
                painter.setBrush(c);
                for (Eigen::Index s = 0; s < cloud.cols(); ++s) {
                    const QPointF tip = tipOf(cloud.col(s));
                    painter.drawEllipse(QPointF(std::clamp(tip.x(), box.left(), box.right()),
                                                std::clamp(tip.y(), box.top(), box.bottom())), 2.2, 2.2);
                }
            }
        }
        // The corners named, on a veil of the background over the cloud's dots, under the arrows.
        for (int i = 0; i < 3; ++i) {
            const QString text = MicroscopeView::tr("%1: p = %L2").arg(i).arg(d.p[i], 0, 'g', 3);
            const double w = fm.horizontalAdvance(text) + 8.0;
            const double x = std::clamp(corner[i].x() - w / 2.0, 0.0, std::max(0.0, width() - w));
            const double y = i == 0 ? corner[i].y() - fm.height() - 8 : corner[i].y() + 8;
            QColor veil = palette().color(QPalette::Base);
            veil.setAlpha(210);
            painter.setPen(Qt::NoPen);
            painter.setBrush(veil);
            painter.drawRoundedRect(QRectF(x, y, w, fm.height()), 3.0, 3.0);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRectF(x, y, w, fm.height()), Qt::AlignCenter, text);
        }
        // This sample's arrows, the exact gradient last (on top).
        for (Estimator e : allEstimators()) {
            if (!d.shows(e)) continue;
            drawArrow(painter, from, tipOf(d.estimate[static_cast<std::size_t>(e)]), box, estimatorColor(e), Qt::SolidLine,
                      2.5);
        }
        drawArrow(painter, from, tipOf(d.exact), box, palette::exact(), Qt::DashLine, 2.5);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(palette().color(QPalette::WindowText));
        painter.drawEllipse(from, 5.5, 5.5);
    }

private:
    MicroscopeView& view_;
};

MicroscopeView::MicroscopeView(QWidget* parent)
    : QWidget(parent),
      canvas_(new Canvas(*this)),
      title_(new QLabel),
      numbers_(new QLabel),
      cloud_(new QCheckBox(tr("Cloud: the first %L1 samples").arg(MicroscopeData::kCloud))),
      previous_(new QPushButton(tr("Previous sample"))),
      next_(new QPushButton(tr("Next sample"))),
      switch_(new QPushButton(tr("Switch to k = 3"))),
      note_(new QLabel) {
    setAccessibleName(tr("Gradient microscope"));
    setFocusPolicy(Qt::StrongFocus);
    canvas_->setAccessibleName(tr("One sample's gradient estimates as arrows on the triangle"));
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->setWordWrap(true);
    numbers_->setWordWrap(true);
    numbers_->setTextFormat(Qt::RichText);
    numbers_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    note_->setWordWrap(true);
    note_->setText(tr("Arrows: this sample's gradient with respect to the logits, projected on the triangle's plane "
                      "(SGD moves the logits against them), all on one scale; dashed red-orange: the exact gradient g*. "
                      "The diamond is p, the dot the relaxed sample C_n, the ring its winner. Left and Right step "
                      "through the samples, C shows the cloud. A hollow arrowhead: the arrow goes on beyond the edge (as do "
                      "dots on the edge)."));
    cloud_->setToolTip(tr("Each estimator's estimates for the first %L1 samples, drawn from the same point (C)")
                           .arg(MicroscopeData::kCloud));
    previous_->setToolTip(tr("The previous sample (Left)"));
    next_->setToolTip(tr("The next sample (Right)"));
    switch_->hide();
    connect(previous_, &QPushButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(next_, &QPushButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(cloud_, &QCheckBox::toggled, this, [this](bool shown) {
        canvas_->update();
        emit cloudToggled(shown);
    });
    connect(switch_, &QPushButton::clicked, this, &MicroscopeView::switchToThreeRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous_);
    buttons->addWidget(next_);
    buttons->addStretch();
    auto* side = new QVBoxLayout;
    side->addWidget(numbers_);
    side->addWidget(cloud_);
    side->addLayout(buttons);
    side->addWidget(note_);
    side->addStretch();
    auto* body = new QHBoxLayout;
    body->addWidget(canvas_, 3);
    body->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(switch_, 0, Qt::AlignLeft);
    layout->addLayout(body, 1);
}

bool MicroscopeView::cloudShown() const { return cloud_->isChecked(); }

void MicroscopeView::setCloudShown(bool shown) {
    const QSignalBlocker block(cloud_);
    cloud_->setChecked(shown);
    canvas_->update();
}

void MicroscopeView::showData(const MicroscopeData& data) {
    data_ = data;
    const bool ok = data_.ok();
    switch_->setVisible(!ok && data_.error == QStringLiteral("k = 3 only"));
    for (QWidget* w : {static_cast<QWidget*>(canvas_), static_cast<QWidget*>(numbers_), static_cast<QWidget*>(cloud_),
                       static_cast<QWidget*>(previous_), static_cast<QWidget*>(next_), static_cast<QWidget*>(note_)}) {
        w->setVisible(ok);
    }
    previous_->setEnabled(data_.sample > 0);
    if (!ok) {
        title_->setText(data_.error == QStringLiteral("k = 3 only")
                            ? tr("The microscope draws gradients on the triangle of k = 3 categories.")
                            : tr("The microscope cannot show this: %1").arg(data_.error));
    } else {
        title_->setText(tr("One sample under the microscope: sample %L1 of the gradient lab's noise, tau = %L2")
                            .arg(data_.sample + 1)
                            .arg(data_.tau, 0, 'g', 3));
    }
    updateScale();
    updateReadout();
    canvas_->update();
}

// The triangle as large as the canvas allows with the arrows and the cloud inside it. The cloud's offsets (drawn
// from C_n, whichever sample is shown) are added to every point of the triangle, so the frame stays the same while
// one steps through samples. Without the cloud the triangle takes the whole canvas. Heavy tails (relaxed estimates
// at small tau) would shrink the triangle to a dot, so the frame holds the middle 99% of the cloud along each axis
// (updateScale) and never less than half the side the triangle would have alone; what lies beyond is drawn cut at
// the canvas's edge (hollow arrowheads, dots on the border).
MicroscopeView::Frame MicroscopeView::frameFor(const QSizeF& canvas, double margin) const {
    const double h = std::sqrt(3.0) / 2.0;
    const double alone = std::max(10.0, std::min(canvas.width() - 2 * margin, (canvas.height() - 2 * margin) / h));
    const bool cloud = data_.ok() && cloudShown();
    const Eigen::Vector2d low = cloud ? cloudLow_ : Eigen::Vector2d::Zero();
    const Eigen::Vector2d high = cloud ? cloudHigh_ : Eigen::Vector2d::Zero();
    const Eigen::Vector2d extent = Eigen::Vector2d(1.0, h) + (high - low);
    const double fitted = std::min((canvas.width() - 2 * margin) / extent.x(), (canvas.height() - 2 * margin) / extent.y());
    Frame frame;
    frame.side = std::max({10.0, 0.5 * alone, std::min(alone, fitted)});
    frame.origin = QPointF((canvas.width() - extent.x() * frame.side) / 2.0 - low.x() * frame.side,
                           (canvas.height() - extent.y() * frame.side) / 2.0 - low.y() * frame.side);
    return frame;
}

QPointF MicroscopeView::tipOn(const Frame& frame, const Eigen::Vector3d& gradient) const {
    const Eigen::Vector3d& c = data_.point;
    const Eigen::Vector2d from = c[0] * kUnit[0] + c[1] * kUnit[1] + c[2] * kUnit[2];
    const Eigen::Vector2d tip = (from + onUnitTriangle(gradient) * scale_) * frame.side;
    return frame.origin + QPointF(tip.x(), tip.y());
}

QPointF MicroscopeView::cornerOn(const Frame& frame, int i) const {
    return frame.origin + QPointF(kUnit[i].x() * frame.side, kUnit[i].y() * frame.side);
}

// One scale for every arrow and every sample: the 90th percentile of the projected lengths over the cloud (all shown
// estimators) and g* becomes 0.3 of a side, so stepping through samples does not rescale the picture.
void MicroscopeView::updateScale() {
    std::vector<Eigen::Vector2d> offsets{onUnitTriangle(data_.exact)};
    for (Estimator e : allEstimators()) {
        const Eigen::Matrix3Xd& cloud = data_.cloud[static_cast<std::size_t>(e)];
        if (!data_.shows(e)) continue;
        for (Eigen::Index s = 0; s < cloud.cols(); ++s) offsets.push_back(onUnitTriangle(cloud.col(s)));
    }
    std::vector<double> lengths;
    lengths.reserve(offsets.size());
    for (const Eigen::Vector2d& u : offsets) lengths.push_back(u.norm());
    const auto q = lengths.begin() + static_cast<std::ptrdiff_t>(0.9 * static_cast<double>(lengths.size() - 1));
    std::nth_element(lengths.begin(), q, lengths.end());
    scale_ = *q > 0.0 && std::isfinite(*q) ? 0.3 / *q : 1.0;
    // The cloud's spread on that scale, for frameFor: the middle 99% of the offsets along each axis, 0 included.
    std::vector<double> xs{0.0}, ys{0.0};
    for (const Eigen::Vector2d& u : offsets) {
        const Eigen::Vector2d v = u * scale_;
        if (!v.allFinite()) continue;
        xs.push_back(v.x());
        ys.push_back(v.y());
    }
    const auto quantile = [](std::vector<double>& v, double share) {
        const auto at = v.begin() + static_cast<std::ptrdiff_t>(std::lround(share * static_cast<double>(v.size() - 1)));
        std::nth_element(v.begin(), at, v.end());
        return *at;
    };
    cloudLow_ = {std::min(0.0, quantile(xs, 0.005)), std::min(0.0, quantile(ys, 0.005))};
    cloudHigh_ = {std::max(0.0, quantile(xs, 0.995)), std::max(0.0, quantile(ys, 0.995))};
}

QString MicroscopeView::readout() const {
    if (!data_.ok()) return {};
    QStringList lines;
    lines << tr("C_n = %1, winner %2; exact g* = %3").arg(vectorText(data_.point)).arg(data_.winner).arg(vectorText(data_.exact));
    for (Estimator e : allEstimators()) {
        if (!data_.shows(e)) continue;
        const Eigen::Vector3d& g = data_.estimate[static_cast<std::size_t>(e)];
        const double angle = planeAngleDegrees(g, data_.exact);
        lines << tr("%1: %2, |g| %3, %L4 degrees from g*")
                     .arg(estimatorTitle(e), vectorText(g), displayNumber(g.norm(), 'g', 3))
                     .arg(angle, 0, 'f', 0);
    }
    return lines.join('\n');
}

void MicroscopeView::updateReadout() {
    if (!data_.ok()) return;
    QString html = "<p>" + tr("C_n = %1, winner %2<br>exact g* = %3")
                               .arg(vectorText(data_.point))
                               .arg(data_.winner)
                               .arg(vectorText(data_.exact))
                               .toHtmlEscaped()
                               .replace("&lt;br&gt;", "<br>") +
                   "</p><table cellspacing='4'>";
    html += "<tr><th></th><th align='left'>" + tr("estimate for this sample") + "</th><th>" + tr("angle to g*") + "</th></tr>";
    const bool exactShown = projectOnPlane(data_.exact).norm() > 0.0;
    for (Estimator e : allEstimators()) {
        if (!data_.shows(e)) continue;
        const Eigen::Vector3d& g = data_.estimate[static_cast<std::size_t>(e)];
        const QString angle = exactShown && projectOnPlane(g).norm() > 0.0
                                  ? QLocale().toString(planeAngleDegrees(g, data_.exact), 'f', 0) + QString::fromUtf8("\u00b0")
                                  : QString::fromUtf8("\u2013");
        html += QString("<tr><td><span style='color:%1'>&#9632;</span> %2</td><td>%3</td><td align='right'>%4</td></tr>")
                    .arg(estimatorColor(e).name(), estimatorTitle(e).toHtmlEscaped(), vectorText(g), angle);
    }
    html += "</table>";
    numbers_->setText(html);
    setAccessibleDescription(readout());
}

void MicroscopeView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Right: emit stepRequested(+1); return;
        case Qt::Key_Left: emit stepRequested(-1); return;
        case Qt::Key_C: cloud_->toggle(); return;
        default: QWidget::keyPressEvent(event);
    }
}

}  // namespace gumbel::ui
