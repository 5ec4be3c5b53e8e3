// Simulation: moves a resolved shot through time, frame by frame. Physical verbs (fall,
// bounce, roll, slide, collide, push, throw, kick, topple) run in Box2D in SI units; every
// other verb is animated kinematically with secondary motion (squash and stretch, bobbing,
// anticipation, wing flaps) on collision-free paths. Also plans the camera (framing that keeps
// the action in frame in both orientations, and the shot's camera moves), props in hands,
// visual effects, and the sounds the motion makes. Deterministic for a given seed.
#pragma once

#include <span>

#include "common/status_or.h"
#include "engine/art/art_library.h"
#include "engine/timeline.h"
#include "shotspec/asset_catalog.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

struct SimulationInput {
  const shotspec::ShotSpec* spec = nullptr;
  const SceneShot* scene = nullptr;
  int first_frame = 0;  // of this shot in the whole video
  int frame_count = 0;
  std::span<const SpokenLine> speech;               // all lines; speakers face their listeners
  const shotspec::AssetCatalog* catalog = nullptr;  // for props
  ArtLibrary* art = nullptr;
  uint64_t seed = 0;
};

// Fills poses, props, camera and effects for every frame of the shot; sound events are
// appended to `sounds` (absolute times).
StatusOr<ShotTimeline> SimulateShot(const SimulationInput& input, std::vector<SoundEvent>& sounds);

}  // namespace kinora::engine
