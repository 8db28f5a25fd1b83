// The column kernels whose sums run in a fixed order (sumOf, normaliseColumns, the softmax's normalisation): built
// without -ffast-math, unlike NoiseKernels.cpp, so that the compiler keeps the order written here. Each runs as
// compiled for the vector unit in use (core/VectorUnit.h).
#include <cstring>

#include "core/Avx512Math.h"  // the AVX-512 winner search
#include "core/NoiseKernels.h"
#include "core/VectorUnit.h"

namespace gumbel::kernels {

namespace {
constexpr std::size_t kPacket = 8;
typedef double Packet __attribute__((vector_size(64)));

// Whole packets into one vector of eight partial sums (GCC vector extension: kept in a register), the tail in
// order into a scalar (a padded vector would be stored and reloaded: a store-forwarding stall).
__attribute__((always_inline)) inline double packedSum(const double* x, std::size_t n) {
    Packet partial = {0, 0, 0, 0, 0, 0, 0, 0};
    std::size_t i = 0;
    for (; i + kPacket <= n; i += kPacket) {
        Packet v;
        std::memcpy(&v, x + i, sizeof v);
        partial += v;
    }
    double tail = 0.0;
    for (; i < n; ++i) tail += x[i];
    return (((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))) + tail;
}

// max of x[0..n-1], n > 0, in whole packets (the order does not change a maximum).
__attribute__((always_inline)) inline double largest(const double* x, std::size_t n) {
    double result = x[0];
    std::size_t i = 0;
    if (n >= kPacket) {
        Packet high;
        std::memcpy(&high, x, sizeof high);
        for (i = kPacket; i + kPacket <= n; i += kPacket) {
            Packet v;
            std::memcpy(&v, x + i, sizeof v);
            high = v > high ? v : high;
        }
        for (std::size_t l = 0; l < kPacket; ++l) result = high[l] > result ? high[l] : result;
    }
    for (; i < n; ++i) result = x[i] > result ? x[i] : result;
    return result;
}
}  // namespace

void clockRatios(const double* e, const double* inverseP, double scale, double* y, std::size_t n) {
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        for (std::size_t i = 0; i < n; ++i) y[i] = e[i] * inverseP[i] * scale;
    });
}

double sumOf(const double* x, std::size_t n) {
    return onVectorUnit([=]() GUMBEL_VECTOR_BODY { return packedSum(x, n); });
}

void normaliseColumns(double* x, std::size_t rows, std::size_t cols) {
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
        for (std::size_t j = 0; j < cols; ++j) {
            double* column = x + j * rows;
            const double scale = 1.0 / packedSum(column, rows);
            for (std::size_t i = 0; i < rows; ++i) column[i] *= scale;
        }
    });
}

std::size_t firstAbove(const double* x, std::size_t n, double target) {
#ifdef GUMBEL_X86_VECTOR_PATHS
    if (vectorUnit() == VectorUnit::Avx512) return avx512::firstAbove(x, n, target);
#endif
    for (std::size_t i = 0; i < n; ++i) {
        if (x[i] > target) return i;
    }
    return n;
}

namespace {

// Short columns (k < 16): plain loops. Vectorising ten-element loops costs
// more in prologues and epilogues than it saves.
// z + offset, then (z - max) / tau floored at -800 (exp gives exactly 0 there), per column.
// Inlined into the two wrappers below, which differ in how they are compiled and in how they find the maximum.
template <bool kLong>
__attribute__((always_inline)) inline void gaps(double* z, const double* offset, std::size_t rows, std::size_t cols,
                                                double invTau, double floorGap) {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = z + j * rows;
        if (offset != nullptr) {
            for (std::size_t i = 0; i < rows; ++i) column[i] += offset[i];
        }
        double top = column[0];
        if constexpr (kLong) {
            top = largest(column, rows);  // in packets (without -ffast-math GCC would not vectorise the loop below)
        } else {
            for (std::size_t i = 1; i < rows; ++i) top = column[i] > top ? column[i] : top;
        }
        for (std::size_t i = 0; i < rows; ++i) {
            const double gap = column[i] - top;
            column[i] = (gap > floorGap ? gap : floorGap) * invTau;
        }
    }
}

__attribute__((optimize("no-tree-vectorize"))) void gapsShort(double* z, const double* offset, std::size_t rows,
                                                             std::size_t cols, double invTau, double floorGap) {
    gaps<false>(z, offset, rows, cols, invTau, floorGap);
}

__attribute__((optimize("no-tree-vectorize"))) void normaliseShort(double* z, std::size_t rows, std::size_t cols) {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = z + j * rows;
        double sum = 0.0;
        for (std::size_t i = 0; i < rows; ++i) sum += column[i];
        const double scale = 1.0 / sum;  // the max term is exactly 1, so sum >= 1
        for (std::size_t i = 0; i < rows; ++i) column[i] *= scale;
    }
}

void gapsLong(double* z, const double* offset, std::size_t rows, std::size_t cols, double invTau, double floorGap) {
    onVectorUnit([=]() GUMBEL_VECTOR_BODY { gaps<true>(z, offset, rows, cols, invTau, floorGap); });
}

void normaliseLong(double* z, std::size_t rows, std::size_t cols) {
    onVectorUnit([=]() GUMBEL_VECTOR_BODY {
    for (std::size_t j = 0; j < cols; ++j) {
        double* column = z + j * rows;
        // Eight partial sums over i mod 8, combined in a fixed order.
        double partial[kPacket] = {0, 0, 0, 0, 0, 0, 0, 0};
        std::size_t i = 0;
        for (; i + kPacket <= rows; i += kPacket) {
            for (std::size_t l = 0; l < kPacket; ++l) partial[l] += column[i + l];
        }
        for (std::size_t l = 0; i + l < rows; ++l) partial[l] += column[i + l];
        const double sum = ((partial[0] + partial[1]) + (partial[2] + partial[3])) +
                           ((partial[4] + partial[5]) + (partial[6] + partial[7]));
        const double scale = 1.0 / sum;
        for (std::size_t r = 0; r < rows; ++r) column[r] *= scale;
    }
    });
}

}  // namespace

void softmaxColumns(double* z, const double* offset, std::size_t rows, std::size_t cols, double tau) {
    if (rows == 0 || cols == 0) return;
    const double invTau = 1.0 / tau;
    const double floorGap = -800.0 * tau;  // (z - top) below this gives exp(<= -800) == 0
    constexpr std::size_t kShort = 16;
    if (rows < kShort) {
        gapsShort(z, offset, rows, cols, invTau, floorGap);
        expNonPositive(z, rows * cols);
        normaliseShort(z, rows, cols);
    } else {
        gapsLong(z, offset, rows, cols, invTau, floorGap);
        expNonPositive(z, rows * cols);
        normaliseLong(z, rows, cols);
    }
}

}  // namespace gumbel::kernels
