#include "shotspec/asset_catalog.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "common/files.h"
#include "common/text.h"

namespace kinora::shotspec {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

ActorKind KindOfSubgroup(std::string_view subgroup) {
  if (subgroup.starts_with("person") || subgroup == "family") return ActorKind::kPerson;
  if (subgroup.starts_with("animal")) return ActorKind::kAnimal;
  if (subgroup.starts_with("plant")) return ActorKind::kPlant;
  if (subgroup.starts_with("food") || subgroup == "drink") return ActorKind::kFood;
  if (subgroup.starts_with("transport-") && subgroup != "transport-sign") {
    return ActorKind::kVehicle;
  }
  if (subgroup == "place-building" || subgroup == "place-religious") return ActorKind::kBuilding;
  return ActorKind::kObject;
}

// Twemoji names files by lower-case code points joined by '-', dropping the FE0F variation
// selector except inside some sequences; try both spellings.
fs::path TwemojiFile(const fs::path& dir, const std::string& hexcode) {
  std::string name = ToLower(hexcode);
  fs::path path = dir / (name + ".svg");
  if (fs::exists(path)) return path;
  std::string stripped;
  for (const auto& part : Split(name, '-')) {
    if (part == "fe0f") continue;
    if (!stripped.empty()) stripped += '-';
    stripped += part;
  }
  path = dir / (stripped + ".svg");
  if (fs::exists(path)) return path;
  return {};
}

StatusOr<json> ReadJson(const fs::path& path) {
  KINORA_ASSIGN_OR_RETURN(const std::string text, ReadFile(path));
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return DataLossError(path.string() + " is not valid JSON");
  return parsed;
}

std::string NormaliseName(std::string_view name) {
  std::string lower = ToLower(Trim(name));
  std::replace(lower.begin(), lower.end(), '_', ' ');
  return lower;
}

}  // namespace

CatalogSources CatalogSources::For(const ResourcePaths& paths) {
  CatalogSources sources;
  sources.npm_modules = paths.npm_modules;
  const fs::path extra = paths.kinora_assets / "art" / "catalog.json";
  if (fs::exists(extra)) sources.manifests.push_back(extra);
  return sources;
}

StatusOr<AssetCatalog> AssetCatalog::Load(const CatalogSources& sources) {
  const fs::path svg_dir = sources.npm_modules / "@twemoji" / "svg";
  const fs::path data_dir = sources.npm_modules / "emojibase-data";
  if (!fs::is_directory(svg_dir) || !fs::is_directory(data_dir)) {
    return FailedPreconditionError("the art catalog is not installed under " +
                                   sources.npm_modules.string() +
                                   " (run ./scripts/run, or npm ci in the source tree)");
  }
  KINORA_ASSIGN_OR_RETURN(const json groups, ReadJson(data_dir / "meta" / "groups.json"));
  KINORA_ASSIGN_OR_RETURN(const json data, ReadJson(data_dir / "en" / "data.json"));
  if (!data.is_array() || !groups.contains("groups") || !groups.contains("subgroups")) {
    return DataLossError("emojibase-data has an unexpected layout");
  }

  AssetCatalog catalog;
  catalog.entries_.reserve(data.size() + 256);
  for (const json& item : data) {
    if (!item.contains("label") || !item.contains("hexcode") || !item.contains("group")) continue;
    const std::string hexcode = item["hexcode"].get<std::string>();
    fs::path svg = TwemojiFile(svg_dir, hexcode);
    if (svg.empty()) continue;  // newer than the installed Twemoji release
    AssetEntry entry;
    entry.key = NormaliseName(item["label"].get<std::string>());
    entry.hexcode = hexcode;
    entry.svg = std::move(svg);
    if (item.contains("tags")) {
      for (const auto& tag : item["tags"]) entry.tags.push_back(ToLower(tag.get<std::string>()));
    }
    entry.group = groups["groups"].value(std::to_string(item["group"].get<int>()), "");
    if (item.contains("subgroup")) {
      entry.subgroup = groups["subgroups"].value(std::to_string(item["subgroup"].get<int>()), "");
    }
    entry.kind = KindOfSubgroup(entry.subgroup);
    entry.source = "twemoji";
    catalog.Add(std::move(entry));
  }

  for (const fs::path& manifest : sources.manifests) {
    KINORA_ASSIGN_OR_RETURN(const json items, ReadJson(manifest));
    for (const json& item : items) {
      AssetEntry entry;
      entry.key = NormaliseName(item.value("key", ""));
      entry.svg = item.value("svg", "");
      if (entry.svg.is_relative()) entry.svg = manifest.parent_path() / entry.svg;
      if (entry.key.empty() || !fs::exists(entry.svg)) {
        return DataLossError(manifest.string() + ": entry \"" + entry.key +
                             "\" has no key or its svg is missing");
      }
      for (const auto& tag : item.value("tags", json::array())) {
        entry.tags.push_back(ToLower(tag.get<std::string>()));
      }
      entry.group = item.value("group", "objects");
      entry.subgroup = item.value("subgroup", "other-object");
      const auto kind = ParseTerm<ActorKind>(item.value("kind", "object"));
      entry.kind = kind.value_or(ActorKind::kObject);
      entry.source = item.value("source", "kinora");
      catalog.Add(std::move(entry));
    }
  }
  return catalog;
}

void AssetCatalog::Add(AssetEntry entry) {
  const size_t position = entries_.size();
  // Manifests may replace emoji art for the same key; the last source wins.
  if (auto it = index_.find(entry.key); it != index_.end()) {
    entries_[it->second] = std::move(entry);
    return;
  }
  index_.emplace(entry.key, position);
  if (!entry.hexcode.empty()) index_.emplace(ToLower(entry.hexcode), position);
  entries_.push_back(std::move(entry));
}

const AssetEntry* AssetCatalog::Find(std::string_view name) const {
  auto it = index_.find(NormaliseName(name));
  if (it == index_.end()) it = index_.find(ToLower(name));
  return it == index_.end() ? nullptr : &entries_[it->second];
}

std::string_view AssetCatalog::DefaultAssetFor(ActorKind kind) const {
  switch (kind) {
    case ActorKind::kPerson:
    case ActorKind::kCharacter:
      return "person standing";
    case ActorKind::kAnimal:
      return "dog";
    case ActorKind::kVehicle:
      return "automobile";
    case ActorKind::kFood:
      return "red apple";
    case ActorKind::kPlant:
      return "deciduous tree";
    case ActorKind::kBuilding:
      return "house";
    case ActorKind::kObject:
      return "package";
  }
  return "package";
}

std::string AssetCatalog::Suggest(std::string_view name) const {
  std::vector<std::string_view> keys;
  keys.reserve(entries_.size());
  for (const auto& entry : entries_) keys.push_back(entry.key);
  return ClosestMatch(NormaliseName(name), keys);
}

}  // namespace kinora::shotspec
