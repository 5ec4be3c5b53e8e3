// Backdrops: the world behind (and weather in front of) the actors for one shot, painted for a
// place, a time of day and the weather. A backdrop is a stack of pre-painted parallax layers
// (painted once per shot, then only moved and scaled per frame, which keeps rendering far
// cheaper than encoding) plus light for the actors and animated weather drawn per frame.
//
// Layer geometry: a layer's image covers `covers_m`, a rectangle in that layer's own metres
// (y up, y = 0 the ground line for the stage-plane layer). The renderer maps layer metres to
// the screen with FrameView::ToScreen(point, parallax). Paint each layer over the rectangle
// VisibleOverShot(...) returns for its parallax, at roughly FrameView::Scale(parallax) pixels
// per metre (the largest over the shot, capped to keep the image reasonable).
#pragma once

#include <cairo.h>

#include <memory>
#include <span>
#include <vector>

#include "common/status_or.h"
#include "engine/art/art_library.h"
#include "engine/render/canvas.h"
#include "engine/render/view.h"
#include "engine/timeline.h"
#include "shotspec/asset_catalog.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

struct BackdropLayer {
  Canvas image;
  double parallax = 1.0;  // 0 = sky, 1 = stage plane; layers are ordered back to front
  Rect covers_m;          // the layer rectangle the image spans
  bool opaque = false;    // true when the image has no transparent pixels (a fast copy)
};

// The light the actors stand in, so sprites match the scene.
struct Lighting {
  shotspec::Rgb tint{255, 255, 255};  // multiplied into sprites (warm at sunset, blue at night)
  double brightness = 1.0;            // 0.3 at night .. 1.1 at noon
  double shadow_opacity = 0.35;       // soft contact shadows under actors
  double shadow_stretch = 1.0;        // longer at sunset
  double shadow_skew = 0.0;           // sideways lean of shadows (sun direction)
};

struct BackdropRequest {
  shotspec::Setting setting;
  PlaceTraits place;
  int width_px = 1280;
  int height_px = 720;
  std::span<const CameraPose> camera;  // every frame of the shot
  uint64_t seed = 0;
  // Scenery may use the catalog's art (trees, houses, furniture...): both outlive the call.
  const shotspec::AssetCatalog* catalog = nullptr;
  ArtLibrary* art = nullptr;
};

class Backdrop {
 public:
  virtual ~Backdrop() = default;

  // Back to front; drawn before the actors.
  virtual std::span<const BackdropLayer> layers() const = 0;
  virtual Lighting lighting() const = 0;
  // Animated parts behind the actors (waves, drifting clouds, twinkling stars, swaying grass),
  // at `t_s` seconds into the shot. May draw nothing.
  virtual void DrawBehindActors(cairo_t* cr, const FrameView& view, double t_s) const = 0;
  // Weather and atmosphere in front of the actors (rain, snow, fog, bubbles, lightning).
  virtual void DrawInFrontOfActors(cairo_t* cr, const FrameView& view, double t_s) const = 0;
};

// Paints the backdrop for a shot. Deterministic for a given request (seed included).
StatusOr<std::unique_ptr<Backdrop>> PaintBackdrop(const BackdropRequest& request);

}  // namespace kinora::engine
