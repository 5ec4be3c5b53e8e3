// Helpers shared by test suites: the real art catalog, scratch directories, decoded media.
#pragma once

#include <filesystem>
#include <string>

#include "common/resources.h"
#include "shotspec/asset_catalog.h"

namespace kinora::testing {

// The real catalog (Twemoji + emojibase from node_modules), loaded once per test binary.
const shotspec::AssetCatalog& Catalog();
ResourcePaths Resources();

// A fresh directory under the system temp dir, removed (with its contents) on destruction.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& label);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// The repository root (for docs/ and assets/ fixtures).
std::filesystem::path SourceDir();

}  // namespace kinora::testing
