#pragma once
// The one sample on screen: G with its noise, and the m-hot V and S, for the
// current parameters. Noise depends only on the seed, so moving tau or p
// reshapes the same sample.
#include <Eigen/Core>
#include <QString>

#include "core/MHotSampler.h"
#include "core/OneHotSampler.h"
#include "ui/model/ExplorerParameters.h"

namespace gumbel::ui {

class LiveSample {
public:
    // Recomputes everything; never fails: a sampler error (the rejection
    // cap) is kept in mHotError() and V, S are left empty.
    void update(const ExplorerParameters& parameters, const Distribution& distribution);

    const GumbelMatrix& g() const { return g_; }
    const MHotSample& mHot() const { return mHot_; }
    const std::vector<DrawRecord>& draws() const { return draws_; }  // every drawn column, in order
    bool hasMHot() const { return mHotError_.isEmpty(); }
    const QString& mHotError() const { return mHotError_; }

private:
    GumbelMatrix g_;
    MHotSample mHot_;
    std::vector<DrawRecord> draws_;
    QString mHotError_;
};

}  // namespace gumbel::ui
