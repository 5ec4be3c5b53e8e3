// Semantic checks on a resolved ShotSpec: ranges, references between actors, actions, camera
// and dialogue, and (with a catalog) that every asset exists. ParseShotSpec runs these; call
// Validate directly on a spec built in code (the prompt parser, the server's edits).
#pragma once

#include <vector>

#include "shotspec/asset_catalog.h"
#include "shotspec/problems.h"
#include "shotspec/shotspec.h"

namespace kinora::shotspec {

std::vector<Problem> Validate(const ShotSpec& spec, const AssetCatalog* catalog);

}  // namespace kinora::shotspec
