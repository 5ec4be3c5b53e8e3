// Speech: every dialogue line synthesised with espeak-ng, a distinct voice per speaker (chosen
// from the voice field, or from the speaker's kind and size), resampled to 48 kHz, with word
// timings and mouth movement taken from the synthesised audio itself so lips, speech bubbles
// and subtitles line up with what is heard.
#pragma once

#include <span>
#include <vector>

#include "common/status_or.h"
#include "engine/timeline.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

// Lines start at their start_s; a line that would overlap the previous line of any speaker is
// moved later, so voices never talk over each other. Sorted by start time.
StatusOr<std::vector<SpokenLine>> SynthesizeSpeech(const shotspec::ShotSpec& spec,
                                                   std::span<const SceneShot> scenes);

}  // namespace kinora::engine
