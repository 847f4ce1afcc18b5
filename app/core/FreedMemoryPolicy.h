#pragma once

// How freed memory goes back to the system. By default glibc raises its thresholds each time a
// large block is freed, after which a heap keeps up to 64 MiB of free space at its top and the
// megabytes a 10,000-account answer passes through (its body, the parser's index, the growing
// list) stay with the process in the decoding threads' heaps. Fixed thresholds give them back,
// at the price of faulting pages in again for the next large answer. Measured on this machine
// (bench_console: Enter to a sorted tree of 10,000 accounts, resident memory with it open;
// bench_decode: decoding the same answer as a ratio to QJsonDocument::fromJson):
//   glibc's defaults                                   35 ms, +51 MB; 0.56-0.69x
//   blocks from 32 MiB mapped, heaps trimmed at 8 MiB  41 ms, +38 MB; 0.93x
//   these                                              52 ms, +30 MB; 0.81-0.87x
//   these, the decoder's parser kept per thread        43 ms, +33 MB; 0.61-0.65x (as built)
// An agent opens customers all day: memory that comes back when a customer closes is worth the
// few milliseconds, which no one sees.
namespace FreedMemoryPolicy {

// Blocks of 256 KiB and more are mapped on their own and unmapped when freed; a heap gives back a
// free top of more than 1 MiB. Call once, first.
void apply();

} // namespace FreedMemoryPolicy
