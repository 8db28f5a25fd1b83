#include "ui/model/LiveSample.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "core/ParallelFor.h"
#include "ui/graphics/ColorMap.h"

namespace gumbel::ui {

namespace {
// G is computed in pieces of about this many cells (about 1 ms on one core): cancellation is checked, and the
// window's thread gets its turn, between pieces.
constexpr Eigen::Index kCellsPerPiece = Eigen::Index{1} << 18;

// Spare buffers for G. A drag at k x d = 1e7 would otherwise allocate 80 MB for every step and fault every page
// of it in again: that took as long as the softmax itself. Samples give their G back when they die (on any
// thread); the next sample of the same size takes it.
class MatrixRecycler {
public:
    static MatrixRecycler& instance() {
        static MatrixRecycler* recycler = new MatrixRecycler;  // never destroyed: samples may die at exit
        return *recycler;
    }
    Eigen::MatrixXd take(Eigen::Index rows, Eigen::Index cols) {
        if (rows * cols >= kWorthKeeping) {
            const std::lock_guard<std::mutex> lock(mutex_);
            for (auto it = spare_.begin(); it != spare_.end(); ++it) {
                if (it->size() != rows * cols) continue;
                Eigen::MatrixXd m = std::move(*it);
                spare_.erase(it);
                m.resize(rows, cols);  // same number of values: keeps the storage
                return m;
            }
        }
        return Eigen::MatrixXd(rows, cols);
    }
    void give(Eigen::MatrixXd&& m) {
        if (m.size() < kWorthKeeping) return;
        const std::lock_guard<std::mutex> lock(mutex_);
        if (spare_.size() == kSpares) spare_.erase(spare_.begin());  // the oldest goes
        spare_.push_back(std::move(m));
    }

private:
    static constexpr Eigen::Index kWorthKeeping = Eigen::Index{1} << 20;  // 8 MB
    static constexpr std::size_t kSpares = 2;
    std::mutex mutex_;
    std::vector<Eigen::MatrixXd> spare_;
};
}  // namespace

LiveSample::~LiveSample() { MatrixRecycler::instance().give(std::move(c_)); }

std::shared_ptr<const LiveSample> LiveSample::compute(const ExplorerParameters& parameters, const Distribution& distribution,
                                                      const LiveSample* previous, const std::atomic<bool>* cancel, int threads) {
    auto sample = std::make_shared<LiveSample>();
    if (!sample->fill(parameters, distribution, previous, cancel, threads)) return nullptr;
    return sample;
}

void LiveSample::update(const ExplorerParameters& parameters, const Distribution& distribution) {
    fill(parameters, distribution, nullptr, nullptr, 1);
}

bool LiveSample::matches(const ExplorerParameters& p) const {
    const ExplorerParameters& q = parameters_;
    return p.tau == q.tau && p.seed == q.seed && p.k == q.k && p.d == q.d && p.m == q.m && p.method == q.method &&
           p.hard == q.hard && p.preset == q.preset && p.presetParameter == q.presetParameter &&
           p.customWeights == q.customWeights && p.noise == q.noise;
}

bool LiveSample::fill(const ExplorerParameters& parameters, const Distribution& distribution, const LiveSample* previous,
                      const std::atomic<bool>* cancel, int threads) {
    parameters_ = parameters;
    distribution_ = distribution;
    const auto cancelled = [cancel] { return cancel != nullptr && cancel->load(); };
    const OneHotKind kind = parameters.hard ? OneHotKind::Hard : OneHotKind::Relaxed;
    const Result<OneHotSampler> oneHot = OneHotSampler::create(distribution, parameters.tau, parameters.seed, parameters.noise);
    const Eigen::Index k = distribution.size();
    const Eigen::Index d = parameters.d;
    if (oneHot) {
        if (c_.rows() != k || c_.cols() != d) {
            MatrixRecycler::instance().give(std::move(c_));
            c_ = MatrixRecycler::instance().take(k, d);
        }
        // Columns the previous sample already holds the noise of (same seed, same k) are reshaped, not redrawn;
        // with the same d too, the noise matrix itself is shared.
        const bool sameNoise = previous != nullptr && previous->parameters_.seed == parameters.seed &&
                               previous->parameters_.noise == parameters.noise && previous->eps_->rows() == k;
        const Eigen::Index reused = sameNoise ? std::min<Eigen::Index>(d, previous->eps_->cols()) : 0;
        std::shared_ptr<Eigen::MatrixXd> freshNoise;
        if (sameNoise && previous->eps_->cols() == d) {
            eps_ = previous->eps_;
        } else {
            freshNoise = std::make_shared<Eigen::MatrixXd>(k, d);
        }
        const Eigen::MatrixXd* oldNoise = sameNoise ? previous->eps_.get() : nullptr;
        const Eigen::Index columnsPerPiece = std::max<Eigen::Index>(1, kCellsPerPiece / k);
        const std::int64_t pieces = (d + columnsPerPiece - 1) / columnsPerPiece;
        const int parts = threads <= 0 ? WorkerPool::shared().workers() + 1 : threads;
        parallelFor(pieces, parts, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t piece = begin; piece < end && !cancelled(); ++piece) {
                const Eigen::Index first = piece * columnsPerPiece;
                const Eigen::Index count = std::min(columnsPerPiece, d - first);
                const Eigen::Index fromOld = std::clamp<Eigen::Index>(reused - first, 0, count);
                if (fromOld > 0) {
                    if (freshNoise) {
                        std::memcpy(freshNoise->col(first).data(), oldNoise->col(first).data(),
                                    static_cast<std::size_t>(fromOld * k) * sizeof(double));
                    }
                    oneHot->reshapeInto(oldNoise->col(first).data(), fromOld, c_.col(first).data(), kind);
                }
                if (count > fromOld) {
                    oneHot->sampleInto(Stream::Matrix, 0, static_cast<std::uint32_t>(first + fromOld), count - fromOld,
                                       c_.col(first + fromOld).data(), kind, freshNoise->col(first + fromOld).data());
                }
                // Both cores compute here: give the window's thread its turn between pieces (about 1 ms each)
                // rather than at the scheduler's next tick.
                std::this_thread::yield();
            }
        });
        if (cancelled()) return false;
        if (freshNoise) eps_ = std::move(freshNoise);
        // G's picture, rows in parallel (each worker writes its own scanlines).
        const int width = static_cast<int>(std::min<Eigen::Index>(d, kMaxImageColumns));
        gImage_ = QImage(width, static_cast<int>(k), QImage::Format_RGB32);
        uchar* bits = gImage_.bits();  // detached here, on one thread
        const qsizetype stride = gImage_.bytesPerLine();
        const ColorMap& map = ColorMap::viridis();
        std::vector<Eigen::Index> source(static_cast<std::size_t>(width));
        for (int x = 0; x < width; ++x) source[static_cast<std::size_t>(x)] = (2 * x + 1) * d / (2 * width);  // the nearest column
        parallelFor(k, parts, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t r = begin; r < end; ++r) {
                auto* line = reinterpret_cast<QRgb*>(bits + r * stride);
                for (int x = 0; x < width; ++x) line[x] = map.color(c_(r, source[static_cast<std::size_t>(x)]));
                if ((r + 1) % 128 == 0) std::this_thread::yield();
            }
        });
    } else {
        c_.resize(0, 0);
        eps_ = std::make_shared<const Eigen::MatrixXd>();
        gImage_ = QImage();
    }
    if (cancelled()) return false;

    MHotSettings settings;
    settings.m = parameters.m;
    settings.method = parameters.method;
    settings.kind = kind;
    // A smaller cap than the engine's: the live view must answer within a frame.
    settings.maxDraws = 100000;
    const Result<MHotSampler> sampler = MHotSampler::create(distribution, parameters.tau, settings, parameters.seed);
    mHotError_.clear();
    if (!sampler) {
        mHotError_ = QString::fromStdString(sampler.error());
    } else if (Status s = sampler->sample(0, mHot_, nullptr, &draws_); !s) {
        mHotError_ = QString::fromStdString(s.error());
    }
    if (!mHotError_.isEmpty()) mHot_ = MHotSample{};
    return true;
}

}  // namespace gumbel::ui
