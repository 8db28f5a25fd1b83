#include "ui/views/SimplexView.h"

#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

#include "core/OneHotSampler.h"
#include "ui/views/ColorBar.h"
#include "ui/views/Palette.h"

namespace gumbel::ui {

namespace {
constexpr double kSqrt3 = 1.7320508075688772;
constexpr int kColorBarWidth = 14;
// A white dot with a dark rim, drawn once.
const QImage& dotImage() {
    static const QImage dot = [] {
        QImage image(7, 7, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0, 0, 0, 160), 0.9));
        p.setBrush(QColor(255, 255, 255, 190));
        p.drawEllipse(QPointF(3.5, 3.5), 2.4, 2.4);
        return image;
    }();
    return dot;
}
}  // namespace

SimplexView::SimplexView(QWidget* parent)
    : QWidget(parent),
      message_(new QWidget(this)),
      messageText_(new QLabel),
      switch_(new QPushButton(tr("Switch to k = &3"))),
      fixedScale_(new QCheckBox(tr("fixed colour scale"), this)),
      refine_(new QTimer(this)) {
    fixedScale_->setToolTip(tr("Colour the log density on a fixed range (%1 to %2) at every tau, so that a colour "
                               "means the same density as tau moves. Unticked, a colour says which share of the "
                               "samples lies where the density is higher: colours and dots agree at every tau.")
                                .arg(kFixedLow)
                                .arg(kFixedHigh));
    fixedScale_->move(8, 4);
    fixedScale_->adjustSize();
    connect(fixedScale_, &QCheckBox::toggled, this, [this] {
        if (density_) renderImage();
        update();
    });
    refine_->setSingleShot(true);
    refine_->setInterval(kRefineMs);
    connect(refine_, &QTimer::timeout, this, [this] {
        if (!distribution_ || !density_ || density_->subdivisions() == kSubdivisions) return;
        computeDensity(kSubdivisions);
        update();
    });
    messageText_->setWordWrap(true);
    messageText_->setAlignment(Qt::AlignCenter);
    switch_->setToolTip(tr("Set k = 3 (keeping the distribution family) to see the simplex"));
    auto* layout = new QVBoxLayout(message_);
    layout->addStretch(1);
    layout->addWidget(messageText_);
    layout->addWidget(switch_, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    connect(switch_, &QPushButton::clicked, this, &SimplexView::switchToThreeRequested);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Simplex: the Concrete density for k = 3, with relaxed samples"));
}

void SimplexView::showState(const ExplorerParameters& parameters, const Distribution& distribution) {
    const int k = distribution.size();
    message_->setVisible(k != 3);
    fixedScale_->setVisible(k == 3);
    if (k != 3) {
        messageText_->setText(tr("The simplex view needs k = 3 categories: the triangle is the set of all probability "
                                 "vectors (C_0, C_1, C_2). The current k is %1.").arg(k));
        density_.reset();
        samples_.resize(0, 0);
        distribution_.reset();
        update();
        return;
    }
    const bool densityChanged = !distribution_ || tau_ != parameters.tau ||
                                distribution_->probabilities() != distribution.probabilities();
    distribution_ = distribution;
    tau_ = parameters.tau;
    if (densityChanged || !density_) {
        const bool dragging = lastDensityChange_.isValid() && lastDensityChange_.elapsed() < dragGapMs_;
        lastDensityChange_.start();
        computeDensity(dragging ? kDragSubdivisions : kSubdivisions);
        if (dragging) refine_->start();
    }
    const Result<OneHotSampler> sampler = OneHotSampler::create(distribution, parameters.tau, parameters.seed);
    if (sampler) {
        sampler->sample(Stream::OneHot, 0, 0, kSamples, samples_, parameters.hard ? OneHotKind::Hard : OneHotKind::Relaxed);
    }
    cursor_.setShape(shownSamples() > 0 ? 1 : 0, static_cast<int>(shownSamples()));
    if (hasFocus()) announce();
    update();
}

QString SimplexView::sampleText(Eigen::Index j) const {
    if (j < 0 || j >= shownSamples() || !density_) return accessibleName();
    Eigen::Index winner = 0;
    samples_.col(j).maxCoeff(&winner);
    const double logDensity = density_->logDensityAt(samples_(0, j), samples_(1, j));
    const double share = density_->denserShareAt(samples_(0, j), samples_(1, j));
    return tr("sample %1 of %2: C = (%3, %4, %5), largest C_%6 (category %6), log density there %7, %8% of samples "
              "where the density is higher")
        .arg(j + 1)
        .arg(shownSamples())
        .arg(samples_(0, j), 0, 'f', 4)
        .arg(samples_(1, j), 0, 'f', 4)
        .arg(samples_(2, j), 0, 'f', 4)
        .arg(winner)
        .arg(std::isfinite(logDensity) ? QString::number(logDensity, 'f', 2) : tr("out of range"))
        .arg(std::isfinite(share) ? QString::number(100.0 * share, 'f', 0) : QString("-"));
}

void SimplexView::announce() {
    if (!cursor_.valid()) {
        announceCell(*this, message_->isVisible() ? messageText_->text() : accessibleName());
        return;
    }
    announceCell(*this, sampleText(cursor_.column()));
}

void SimplexView::computeDensity(int subdivisions) {
    // During a drag (the coarse lattice) a quarter of the samples behind the colour scale; all of them once the
    // drag pauses and the lattice is refined.
    const long long shareSamples =
        subdivisions == kSubdivisions ? SimplexDensity::kShareSamples : SimplexDensity::kDragShareSamples;
    density_ = std::make_unique<SimplexDensity>(*distribution_, tau_, subdivisions, shareSamples);
    renderImage();
}

SimplexView::Corners SimplexView::corners() const {
    const QFontMetrics fm(font());
    const double margin = 2.5 * fm.height() + 8;
    const double right = kColorBarWidth + fm.horizontalAdvance("-00.0") + 40;
    const double side = std::max(50.0, std::min(width() - 2 * margin - right, (height() - 2 * margin) * 2.0 / kSqrt3));
    const double left = margin + (width() - 2 * margin - right - side) / 2.0;
    const double bottom = margin + (height() - 2 * margin + side * kSqrt3 / 2.0) / 2.0;
    Corners c;
    c.v[0] = QPointF(left + side / 2.0, bottom - side * kSqrt3 / 2.0);  // category 0 at the top
    c.v[1] = QPointF(left, bottom);
    c.v[2] = QPointF(left + side, bottom);
    return c;
}

void SimplexView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) fixedScale_->adjustSize();
}

void SimplexView::resizeEvent(QResizeEvent*) {
    message_->setGeometry(rect());
    if (density_) renderImage();
}

void SimplexView::renderImage() {
    const Corners c = corners();
    imageRect_ = QRectF(c.v[1].x(), c.v[0].y(), c.v[2].x() - c.v[1].x(), c.v[1].y() - c.v[0].y());
    // About 2.5 pixels per lattice step is enough: the image is drawn scaled (smoothly, once the full lattice is
    // in; during a drag the coarse lattice gives a quarter of the pixels, drawn without smoothing).
    const double scale = std::min(1.0, 2.5 * density_->subdivisions() / std::max(1.0, imageRect_.width()));
    const int w = std::max(1, static_cast<int>(imageRect_.width() * scale));
    const int h = std::max(1, static_cast<int>(imageRect_.height() * scale));
    image_ = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    image_.fill(Qt::transparent);
    const ColorMap& map = ColorMap::viridis();
    const auto [low, high] = colourRange();
    const double span = high - low;
    const bool byShare = !fixedScale_->isChecked();
    // Barycentric coordinates of pixel centres: x0 from the height, x1 - x2 from the horizontal position.
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image_.scanLine(y));
        const double x0 = 1.0 - (y + 0.5) / h;
        for (int x = 0; x < w; ++x) {
            const double t = (x + 0.5) / w;  // 0 at the left edge, 1 at the right
            const double x2 = t - x0 / 2.0;
            const double x1 = 1.0 - x0 - x2;
            if (x1 < 0.0 || x2 < 0.0) continue;
            if (byShare) {  // bright where few samples lie in denser places
                const double share = density_->denserShareAt(x0, x1);
                line[x] = std::isfinite(share) ? map.color(1.0 - share) : map.entry(0);
                continue;
            }
            const double v = density_->logDensityAt(x0, x1);
            line[x] = std::isfinite(v) ? map.color((v - low) / span) : map.entry(0);
        }
    }
}

std::pair<double, double> SimplexView::colourRange() const {
    if (fixedScale_->isChecked() || !density_) return {kFixedLow, kFixedHigh};
    return {density_->displayLow(), density_->displayHigh()};
}

void SimplexView::setShownSamples(long long n) {
    if (n == shownLimit_) return;
    shownLimit_ = n;
    cursor_.setShape(shownSamples() > 0 ? 1 : 0, static_cast<int>(shownSamples()));
    update();
}

Eigen::Index SimplexView::shownSamples() const {
    return shownLimit_ < 0 ? samples_.cols() : std::min<Eigen::Index>(samples_.cols(), static_cast<Eigen::Index>(shownLimit_));
}

Eigen::Vector3d SimplexView::regionShares() const {
    Eigen::Vector3d counts = Eigen::Vector3d::Zero();
    for (Eigen::Index j = 0; j < shownSamples(); ++j) {
        Eigen::Index winner = 0;
        samples_.col(j).maxCoeff(&winner);
        counts[winner] += 1.0;
    }
    return shownSamples() > 0 ? Eigen::Vector3d(counts / static_cast<double>(shownSamples())) : counts;
}

void SimplexView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (!density_ || !distribution_) return;
    painter.setRenderHint(QPainter::Antialiasing);
    const Corners c = corners();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, density_->subdivisions() == kSubdivisions);
    if (densityHidden_) {  // predict first: the samples alone on a plain triangle
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().base());
        painter.drawPolygon(c.v, 3);
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.drawImage(imageRect_, image_);
    }
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    painter.drawPolygon(c.v, 3);
    // The argmax regions: where C_i is the largest. Their borders run from the centre (1/3, 1/3, 1/3) to the
    // middle of each edge (C_i = C_j there).
    const QPointF centroid = (c.v[0] + c.v[1] + c.v[2]) / 3.0;
    painter.setPen(QPen(densityHidden_ ? palette().color(QPalette::Mid) : QColor(255, 255, 255, 220), 1.6, Qt::DashLine));
    for (int e = 0; e < 3; ++e) painter.drawLine(centroid, (c.v[e] + c.v[(e + 1) % 3]) / 2.0);
    // Samples: C = C_0 v0 + C_1 v1 + C_2 v2, each a pre-rendered dot (1,500 antialiased
    // ellipses would cost more than the whole density).
    const QImage& dot = dotImage();
    const QPointF centre(dot.width() / (2.0 * dot.devicePixelRatio()), dot.height() / (2.0 * dot.devicePixelRatio()));
    for (Eigen::Index j = 0; j < shownSamples(); ++j) {
        const QPointF p = samples_(0, j) * c.v[0] + samples_(1, j) * c.v[1] + samples_(2, j) * c.v[2];
        painter.drawImage(p - centre, dot);
    }
    if (hasFocus() && cursor_.valid() && cursor_.column() < shownSamples()) {
        const Eigen::Index j = cursor_.column();
        const QPointF at = samples_(0, j) * c.v[0] + samples_(1, j) * c.v[1] + samples_(2, j) * c.v[2];
        paintCellCursor(painter, QRectF(at - QPointF(6, 6), QSizeF(12, 12)));
    }
    const QFontMetrics fm(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const Eigen::VectorXd& p = distribution_->probabilities();
    const Eigen::Vector3d shares = regionShares();
    // Each corner: its p, and the share of the dots in its argmax region (which stays p at every tau).
    // Centred on the corner but kept inside the widget; the bottom corners take two lines (room for large fonts).
    const auto label = [&](int i, bool twoLines) {
        const QString region = tr("dots in its region %L1").arg(shares[i], 0, 'f', 3);
        const QString head = tr("category %1: p = %L2").arg(i).arg(p[i], 0, 'g', 3);
        const QString text = twoLines ? head + "\n" + region : head + ", " + region;
        const int lines = twoLines ? 2 : 1;
        double w = 8.0;
        for (const QString& line : text.split('\n')) w = std::max(w, fm.horizontalAdvance(line) + 8.0);
        w = std::min(w, static_cast<double>(width()));
        const double x = std::clamp(c.v[i].x() - w / 2.0, 0.0, std::max(0.0, width() - w));
        const double y = twoLines ? c.v[i].y() + 6 : c.v[i].y() - fm.height() - 6;
        painter.drawText(QRectF(x, y, w, lines * fm.height()), Qt::AlignCenter, text);
    };
    label(0, false);
    label(1, true);
    label(2, true);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(0, 4, width(), fm.height() + 2), Qt::AlignCenter,
                     densityHidden_ ? tr("%1 relaxed samples at tau = %L2: where is the density highest?").arg(shownSamples()).arg(tau_, 0, 'g', 3)
                                    : tr("Concrete density on the simplex, tau = %L1, with %2 relaxed samples").arg(tau_, 0, 'g', 3).arg(shownSamples()));
    painter.setFont(font());
    if (densityHidden_) return;  // no colour bar for colours that are not drawn
    // Colour bar: the same map, labelled in log density.
    const QRectF bar(c.v[2].x() + 30, c.v[0].y(), kColorBarWidth, c.v[2].y() - c.v[0].y());
    const auto [low, high] = colourRange();
    const bool byShare = !fixedScale_->isChecked();
    if (byShare) {
        paintColorBar(painter, bar, ColorMap::viridis(), 100.0, 0.0, 'f', 0);  // 0% at the top (yellow)
    } else {
        paintColorBar(painter, bar, ColorMap::viridis(), low, high, 'f', 1);
    }
    painter.save();
    painter.translate(bar.right() + fm.horizontalAdvance("-00.0") + 18, bar.center().y());
    painter.rotate(90);
    painter.drawText(QRectF(-bar.height() / 2, -fm.height(), bar.height(), fm.height()), Qt::AlignCenter,
                     byShare ? tr("% of samples in brighter colours") : tr("log density (fixed range)"));
    painter.restore();
}

void SimplexView::setDensityHidden(bool hidden) {
    if (hidden == densityHidden_) return;
    densityHidden_ = hidden;
    fixedScale_->setVisible(!hidden);
    update();
}

bool SimplexView::event(QEvent* event) {
    if (cursor_.handleEvent(*this, event, [this] { announce(); })) return true;
    return QWidget::event(event);
}

}  // namespace gumbel::ui
