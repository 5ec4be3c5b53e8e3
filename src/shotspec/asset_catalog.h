// AssetCatalog: every piece of art an actor can be drawn with, by name. Built at load time from
// real data: emojibase-data's labels, tags and groups for the Twemoji SVGs (npm), plus manifests
// of extra art (Debian's openclipart, or SVGs drawn for Kinora) for things emoji lack.
// Immutable after Load; safe to share between threads.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/resources.h"
#include "common/status_or.h"
#include "shotspec/vocabulary.h"

namespace kinora::shotspec {

struct AssetEntry {
  std::string key;      // canonical name, lower case: the emojibase label ("soccer ball")
  std::string hexcode;  // "1F408" for emoji art, empty otherwise
  std::filesystem::path svg;
  std::vector<std::string> tags;  // emojibase tags ("kitten", "pet"), lower case
  std::string group;              // emojibase group ("animals-nature"), or the manifest's
  std::string subgroup;           // emojibase subgroup ("animal-mammal"), or the manifest's
  ActorKind kind = ActorKind::kObject;
  std::string source;  // "twemoji", "openclipart" or "kinora": for credits
};

struct CatalogSources {
  // node_modules: holds @twemoji/svg and emojibase-data.
  std::filesystem::path npm_modules;
  // JSON manifests of extra art: [{"key", "svg", "tags", "kind", "subgroup", "source"}], where
  // a relative "svg" is resolved against the manifest's directory.
  std::vector<std::filesystem::path> manifests;

  // The npm art plus the repository's manifest of extra art (assets/art/catalog.json) when
  // that file exists.
  static CatalogSources For(const ResourcePaths& paths);
};

class AssetCatalog {
 public:
  // Fails with a clear message when the npm art is missing (run ./scripts/run or npm ci).
  static StatusOr<AssetCatalog> Load(const CatalogSources& sources);

  // By key ("cat"), key with underscores ("soccer_ball") or hexcode ("1f408"); nullptr if none.
  const AssetEntry* Find(std::string_view name) const;
  std::span<const AssetEntry> entries() const { return entries_; }
  // The key used for an actor that names only its kind.
  std::string_view DefaultAssetFor(ActorKind kind) const;
  // The closest key to a misspelt name, or empty.
  std::string Suggest(std::string_view name) const;

 private:
  void Add(AssetEntry entry);

  std::vector<AssetEntry> entries_;
  std::unordered_map<std::string, size_t> index_;  // key and hexcode -> entries_ position
};

}  // namespace kinora::shotspec
