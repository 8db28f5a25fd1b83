#pragma once
// Background work must never take the processor from the thread that draws the window. On Linux a thread's
// nice value is its own (setpriority on its thread id), and raising it is always allowed; elsewhere this does
// nothing. Qt's QThread::LowPriority cannot do this on Linux: under the default scheduling policy it maps every
// priority but Idle to the same static priority, so it changes nothing.
namespace gumbel {

// The nice value the app gives its background threads: under load the drawing thread gets about ten times
// their share of a core (the kernel's weights 1024 against 110), and alone they run at full speed.
inline constexpr int kBackgroundNice = 10;

// Raises the calling thread's nice value to `nice` (never lowers it). Returns false when the system refused.
bool lowerCurrentThreadPriority(int nice);

}  // namespace gumbel
