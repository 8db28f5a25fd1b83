#include "core/VectorUnit.h"

#include <cstdlib>
#include <cstring>

namespace gumbel::kernels {

namespace {
VectorUnit detect() {
#ifdef GUMBEL_X86_VECTOR_PATHS
    const VectorUnit machine = __builtin_cpu_supports("avx512f") ? VectorUnit::Avx512
                               : __builtin_cpu_supports("avx2") ? VectorUnit::Avx2
                                                                 : VectorUnit::Plain;
    // GUMBEL_SIMD=avx2 or none asks for less than the machine has (never more: an unknown word is ignored).
    const char* asked = std::getenv("GUMBEL_SIMD");
    if (asked != nullptr && std::strcmp(asked, "none") == 0) return VectorUnit::Plain;
    if (asked != nullptr && std::strcmp(asked, "avx2") == 0 && machine == VectorUnit::Avx512) return VectorUnit::Avx2;
    return machine;
#else
    return VectorUnit::Plain;
#endif
}
}  // namespace

VectorUnit vectorUnit() {
    static const VectorUnit unit = detect();
    return unit;
}

const char* vectorUnitName(VectorUnit unit) {
    switch (unit) {
        case VectorUnit::Avx512: return "avx512";
        case VectorUnit::Avx2: return "avx2";
        case VectorUnit::Plain: return "none";
    }
    return "none";
}

}  // namespace gumbel::kernels
