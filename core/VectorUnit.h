#pragma once
// Which vector unit the engine's hot loops run on, and the one test of whether this compiler builds the x86 vector
// paths at all (GUMBEL_X86_VECTOR_PATHS: GCC on x86-64; clang, used for the fuzzers, builds the plain paths only).
//
// Every vectorised kernel is compiled three times, for AVX-512F, for AVX2 and for baseline x86-64, and one switch
// picks among them at run time: the machine's best, or less when GUMBEL_SIMD=avx2 or GUMBEL_SIMD=none is set in
// the environment. ctest runs the kernel-heavy tests once per path, so one AVX-512 machine checks all three.
#include <type_traits>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define GUMBEL_X86_VECTOR_PATHS 1
#endif

namespace gumbel::kernels {

enum class VectorUnit { Avx512, Avx2, Plain };

// The unit in use: looked up once (the machine's, lowered by GUMBEL_SIMD), the same for the whole run.
VectorUnit vectorUnit();
const char* vectorUnitName(VectorUnit unit);  // "avx512", "avx2", "none": GUMBEL_SIMD's words

namespace detail {
// `body` inlined into a function compiled for the unit: the loops in it are vectorised (and call glibc's vector
// log/exp) for that unit. `body` is a lambda marked GUMBEL_VECTOR_BODY, so that it is inlined here, always.
#ifdef GUMBEL_X86_VECTOR_PATHS
template <class Body>
__attribute__((target("avx512f"))) auto onAvx512(const Body& body) {
    return body();
}
template <class Body>
__attribute__((target("avx2"))) auto onAvx2(const Body& body) {
    return body();
}
#endif
template <class Body>
auto onPlain(const Body& body) {
    return body();
}
}  // namespace detail

// Runs `body`, a lambda written once, as compiled for the vector unit in use:
//   onVectorUnit([=]() GUMBEL_VECTOR_BODY { for (...) y[i] = std::log(x[i]); });
// A step in a debugger goes into the lambda's own lines.
template <class Body>
auto onVectorUnit(const Body& body) {
#ifdef GUMBEL_X86_VECTOR_PATHS
    switch (vectorUnit()) {
        case VectorUnit::Avx512: return detail::onAvx512(body);
        case VectorUnit::Avx2: return detail::onAvx2(body);
        case VectorUnit::Plain: break;
    }
#endif
    return detail::onPlain(body);
}

}  // namespace gumbel::kernels

// The attribute of a lambda given to onVectorUnit.
#define GUMBEL_VECTOR_BODY __attribute__((always_inline))
