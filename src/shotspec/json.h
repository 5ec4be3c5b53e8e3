// Reading and writing ShotSpecs as JSON (the format in docs/shotspec.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "common/status_or.h"
#include "shotspec/asset_catalog.h"
#include "shotspec/problems.h"
#include "shotspec/shotspec.h"

namespace kinora::shotspec {

// Parses, resolves (defaults, inheritance between shots, shot durations) and validates a spec.
// With a catalog, asset names are checked and an actor that names only a kind gets that kind's
// default art; without one, asset names are taken on trust. On failure the status lists every
// problem; `problems`, when given, receives them one by one.
StatusOr<ShotSpec> ParseShotSpec(std::string_view json_text, const AssetCatalog* catalog,
                                 std::vector<Problem>* problems = nullptr);
StatusOr<ShotSpec> ShotSpecFromJson(const nlohmann::json& document, const AssetCatalog* catalog,
                                    std::vector<Problem>* problems = nullptr);

// The canonical JSON of a resolved spec: every value explicit, keys in a fixed order. Parsing
// it gives back an equal ShotSpec.
nlohmann::ordered_json ShotSpecToJson(const ShotSpec& spec);
std::string ShotSpecToString(const ShotSpec& spec, int indent = 2);

// SHA-256 of the canonical JSON: the same video has the same hash.
std::string SpecHash(const ShotSpec& spec);

}  // namespace kinora::shotspec
