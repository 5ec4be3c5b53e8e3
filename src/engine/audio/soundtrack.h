// The soundtrack: speech, foley from the simulation's sound events (impacts scaled by impulse
// and material, footsteps on the place's surface, rolling, whooshes...), ambience for each
// shot's place and weather, the spec's sound cues and optional music bed, mixed at 48 kHz
// stereo with music and ambience ducked under speech and a limiter so nothing clips.
#pragma once

#include "common/status_or.h"
#include "engine/timeline.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

StatusOr<Soundtrack> MixSoundtrack(const shotspec::ShotSpec& spec, const Timeline& timeline);

}  // namespace kinora::engine
