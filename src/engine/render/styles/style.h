// Styles: how a video looks, as a chain of small render passes. A pass can touch the art once
// when it is prepared (backdrop layers when a shot starts, each actor's sprite when it is
// rasterised) and every finished frame. Baking work into the prepared art is what keeps styles
// cheap: cel shading, paper texture or depth blur cost nothing per frame once baked.
// Passes are stateless after construction and called from several render threads at once.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "engine/render/canvas.h"
#include "engine/render/view.h"
#include "shotspec/vocabulary.h"

namespace kinora::engine {

// An actor as it appears in the frame, for passes that react to motion (speed lines).
struct ActorOnScreen {
  Rect box_px;         // screen pixels, y down (bottom > top is fine: use left/right/top/bottom)
  Vec2 velocity_pxps;  // screen pixels per second
};

struct FrameContext {
  const FrameView& view;
  int frame_index = 0;  // in the whole video
  double t_s = 0;       // video time
  uint64_t seed = 0;    // the video's seed, for grain and texture that must be deterministic
  std::span<const ActorOnScreen> actors;
};

class StylePass {
 public:
  virtual ~StylePass() = default;
  virtual std::string_view name() const = 0;
  // Once per shot per backdrop layer (parallax as in BackdropLayer).
  virtual void BakeBackdropLayer(Canvas& layer, double parallax, uint64_t seed) const;
  // Once per actor look (and per prop), after tinting and lighting.
  virtual void BakeSprite(Canvas& sprite, uint64_t seed) const;
  // Every finished frame, after everything else is drawn and before the final overlay.
  virtual void FinishFrame(Canvas& frame, const FrameContext& context) const;
};

struct StyleChain {
  shotspec::Style style = shotspec::Style::kCartoon;
  std::vector<std::unique_ptr<StylePass>> passes;
  int frame_hold = 1;        // draw every Nth frame and hold it (claymation: 2, i.e. 12 fps)
  bool motion_blur = false;  // the renderer draws fast actors with motion trails
  bool outlines = false;     // the renderer strokes actor silhouettes (anime, sketch)

  void BakeBackdropLayer(Canvas& layer, double parallax, uint64_t seed) const;
  void BakeSprite(Canvas& sprite, uint64_t seed) const;
  void FinishFrame(Canvas& frame, const FrameContext& context) const;
};

// The passes for a style, with the mood's colour grade (if any) folded in.
StyleChain MakeStyle(shotspec::Style style, std::optional<shotspec::Mood> mood);

}  // namespace kinora::engine
