// Renderer: draws the frames of a planned video. Prepare paints each shot's backdrop and
// rasterises each actor's and prop's sprite once (tinted, lit and baked by the style); a frame
// then only composites prepared images: backdrop layers through the camera, soft shadows,
// actors (squash, rotation, mirroring, motion blur), props, effects, mouths and speech bubbles,
// weather, subtitles, transitions, the style's frame passes and the final overlay.
// Thread-safe after Prepare: frames may be rendered concurrently and in any order.
#pragma once

#include <memory>

#include "common/status_or.h"
#include "engine/art/art_library.h"
#include "engine/render/canvas.h"
#include "engine/timeline.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

class Renderer {
 public:
  virtual ~Renderer() = default;
  // `spec` and `timeline` must outlive the renderer.
  static StatusOr<std::unique_ptr<Renderer>> Prepare(const shotspec::ShotSpec& spec,
                                                     const Timeline& timeline, ArtLibrary& art);
  // Draws frame `index` (0 .. frame_count-1) into `out`, resizing it to the video size.
  virtual Status RenderFrame(int index, Canvas& out) const = 0;
};

}  // namespace kinora::engine
