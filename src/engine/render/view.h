// FrameView: how one frame looks at the world. Every drawn thing lives on a layer with a
// parallax factor p: p = 1 is the stage plane (actors, the ground they stand on), p = 0 is
// infinitely far (the sky), values between are hills, trees, buildings. A layer sees the
// camera's movement since the start of the shot scaled by p, so pans, dollies and orbits
// separate near and far things the way a real camera does; lens zoom scales every layer alike.
#pragma once

#include <span>

#include "engine/geometry.h"
#include "engine/timeline.h"

namespace kinora::engine {

struct FrameView {
  int width_px = 1280;
  int height_px = 720;
  CameraPose base;    // the camera at the start of the shot
  CameraPose camera;  // the camera in this frame

  // Pixels per metre on a layer with parallax p.
  double Scale(double parallax = 1.0) const;
  // The layer point at the frame centre.
  Vec2 Center(double parallax = 1.0) const;
  // Screen pixels (x right, y down) of a point on a layer; includes the camera's roll.
  Vec2 ToScreen(Vec2 world_m, double parallax = 1.0) const;
  // The layer rectangle (metres, y up) the frame shows, ignoring roll.
  Rect Visible(double parallax = 1.0) const;
};

// The union of what a layer with parallax p shows over all of a shot's camera poses, grown by
// `margin` (a fraction of its size) to leave room for roll and shake.
Rect VisibleOverShot(int width_px, int height_px, std::span<const CameraPose> poses,
                     double parallax, double margin = 0.08);

}  // namespace kinora::engine
