// Scene resolution: turns a shot's actors into drawn instances (art, traits, size, colour,
// copies) and lays out where each starts, honouring explicit positions, anchors ("left") and
// placements ("on the table", "between the cat and the dog"), and spreading the rest across
// the stage without overlaps. Deterministic for a given seed.
#pragma once

#include "common/status_or.h"
#include "engine/art/art_library.h"
#include "engine/timeline.h"
#include "shotspec/asset_catalog.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

StatusOr<SceneShot> ResolveShot(const shotspec::ShotSpec& spec, int shot_index,
                                const shotspec::AssetCatalog& catalog, ArtLibrary& art,
                                uint64_t seed);

// What the engine assumes about a piece of art: its real-world height, material, how it moves
// and which way it faces as drawn. From the catalog's group/subgroup, refined per asset.
AssetTraits TraitsFor(const shotspec::AssetEntry& entry);

}  // namespace kinora::engine
