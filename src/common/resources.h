// Where Kinora's runtime data lives: the npm-installed art, the repository's own assets and the
// Debian data packages. Read once at the edge (the CLI) and passed down as a plain struct.
#pragma once

#include <filesystem>

namespace kinora {

struct ResourcePaths {
  std::filesystem::path npm_modules;    // node_modules: @twemoji/svg, emojibase-data
  std::filesystem::path kinora_assets;  // the repository's assets/ folder
  std::filesystem::path wordnet = "/usr/share/wordnet";          // Debian wordnet-base
  std::filesystem::path openclipart = "/usr/share/openclipart";  // Debian openclipart-svg

  // Compiled-in locations (the source tree), overridden by KINORA_ASSETS_DIR (npm modules) and
  // KINORA_DATA_DIR (the assets/ folder) when set.
  static ResourcePaths FromEnvironment();
};

}  // namespace kinora
