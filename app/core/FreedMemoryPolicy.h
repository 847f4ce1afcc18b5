#pragma once

// How freed memory goes back to the system. By default glibc raises its thresholds each time a
// large block is freed, after which a heap keeps up to 64 MiB of free space at its top and the
// megabytes a 10,000-account answer passes through (its body, the parser's index, the growing
// list) stay with the process in the decoding threads' heaps. Fixed thresholds bound that, at
// the price of faulting pages in again for the next large answer. Measured with bench_console
// (Enter to a sorted tree of 10,000 accounts; resident memory with the customer open):
//   glibc's defaults                       35 ms, +51 MB
//   every block from 256 KiB mapped        52 ms, +30 MB
//   these: blocks from 32 MiB mapped,      41 ms, +38 MB
//   heaps trimmed beyond 8 MiB free
namespace FreedMemoryPolicy {

// Blocks of 32 MiB and more (the 100,000-account answer, its index) are mapped on their own and
// unmapped when freed; a heap gives back a free top of more than 8 MiB. Call once, first.
void apply();

} // namespace FreedMemoryPolicy
