// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace rd::crypto::detail {

// Whether this processor has the x86 SHA extensions (and this build can use them).
bool haveShaExtensions();

// SHA-256 of `size` bytes on the SHA extensions into `out` (32 bytes). False, and nothing
// written, where the processor lacks them: crypto::sha256 then uses libsodium's.
bool sha256WithExtensions(const unsigned char *data, std::size_t size, unsigned char out[32]);

} // namespace rd::crypto::detail
