#include "tests/support/test_support.h"

#include <unistd.h>

#include <atomic>
#include <stdexcept>

namespace kinora::testing {

namespace fs = std::filesystem;

ResourcePaths Resources() { return ResourcePaths::FromEnvironment(); }

const shotspec::AssetCatalog& Catalog() {
  static const auto* catalog = [] {
    auto loaded = shotspec::AssetCatalog::Load(shotspec::CatalogSources::For(Resources()));
    if (!loaded.ok()) throw std::runtime_error(loaded.status().ToString());
    return new shotspec::AssetCatalog(std::move(loaded).value());
  }();
  return *catalog;
}

ScratchDir::ScratchDir(const std::string& label) {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() / ("kinora-" + label + "-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(counter.fetch_add(1)));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;  // best effort: a test may have removed it already
  fs::remove_all(path_, ignored);
}

fs::path SourceDir() { return KINORA_SOURCE_DIR; }

}  // namespace kinora::testing
