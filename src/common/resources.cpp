#include "common/resources.h"

#include <cstdlib>

namespace kinora {

ResourcePaths ResourcePaths::FromEnvironment() {
  ResourcePaths paths;
  const char* npm = std::getenv("KINORA_ASSETS_DIR");
  paths.npm_modules = npm != nullptr && *npm != '\0' ? npm : KINORA_DEFAULT_ASSETS_DIR;
  const char* data = std::getenv("KINORA_DATA_DIR");
  paths.kinora_assets = data != nullptr && *data != '\0'
                            ? std::filesystem::path(data)
                            : std::filesystem::path(KINORA_SOURCE_DIR) / "assets";
  return paths;
}

}  // namespace kinora
