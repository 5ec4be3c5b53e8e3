// Content hashes (libsodium's SHA-256), lower-case hex.
#pragma once

#include <string>
#include <string_view>

namespace kinora {

std::string Sha256Hex(std::string_view data);

}  // namespace kinora
