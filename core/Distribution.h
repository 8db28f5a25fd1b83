#pragma once
// A categorical distribution p over k categories, held as p and log p.
// p_i = 0 is allowed (log p_i = -inf). Built only through the checked
// factories, so every Distribution is valid: k >= 1, p sums to 1, no NaN.
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace gumbel {

// The rule for one weight, in one place: a finite number >= 0. Empty when it holds, else what is wrong, worded to
// follow the weight's name ("is negative; weights must be >= 0").
std::string weightProblem(double weight);

class Distribution {
public:
    // Non-negative finite weights, not all zero; normalised here.
    static Result<Distribution> fromWeights(const std::vector<double>& weights);
    // Logits (unnormalised log-probabilities); -inf allowed, +inf and NaN are not.
    static Result<Distribution> fromLogits(const std::vector<double>& logits);
    // "uniform", "zipf[:s]", "geometric[:r]", "dirichlet[:alpha]", "peaked[:q]" for k categories.
    // dirichlet draws from `seed`.
    static Result<Distribution> named(std::string_view spec, long long k, std::uint64_t seed = 0);
    // The preset names, for menus and messages.
    static std::vector<std::string> presetNames();

    int size() const { return static_cast<int>(p_.size()); }
    const Eigen::VectorXd& probabilities() const { return p_; }
    const Eigen::VectorXd& logProbabilities() const { return logP_; }
    // log p with -inf raised to a finite floor (-1e300): what the vector
    // kernels take, since they see finite numbers only. exp still gives 0 there.
    const Eigen::VectorXd& finiteLogProbabilities() const { return finiteLogP_; }
    // Number of categories with p_i > 0: the largest m an m-hot vector can have.
    int supportSize() const { return support_; }
    // m-hot vectors have m distinct winners among the categories with p > 0: the one check of m, and its message.
    [[nodiscard]] Status checkSubsetSize(int m) const;

private:
    explicit Distribution(Eigen::VectorXd logP);
    Distribution(Eigen::VectorXd p, Eigen::VectorXd logP);

    Eigen::VectorXd p_;
    Eigen::VectorXd logP_;
    Eigen::VectorXd finiteLogP_;
    int support_ = 0;
};

}  // namespace gumbel
