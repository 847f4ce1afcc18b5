#pragma once

// How freed memory goes back to the system. glibc raises its thresholds each time a large block
// is freed (up to 32 MiB for blocks mapped on their own, twice that for trimming a heap), after
// which the megabytes a 10,000-account answer passes through (its body, the parser's index, the
// growing list) stay with the process in the decoding threads' heaps: bench_console measured
// +56 MB resident with the customer open against +12 MB of heap in use, and +20 MB with this.
namespace FreedMemoryPolicy {

// Blocks of 256 KiB and more are mapped on their own and unmapped when freed; a heap gives back
// a free top of more than 1 MiB. Fixed values, so glibc no longer moves them. Call once, first.
void apply();

} // namespace FreedMemoryPolicy
