#include "engine/render/view.h"

#include <algorithm>
#include <cmath>

namespace kinora::engine {

double FrameView::Scale(double parallax) const {
  const double ratio = camera.view_height_m / base.view_height_m;
  const double layer_view_height = base.view_height_m * std::pow(ratio, parallax);
  return height_px / layer_view_height * camera.lens_zoom;
}

Vec2 FrameView::Center(double parallax) const {
  return base.center_m + (camera.center_m - base.center_m) * parallax;
}

Vec2 FrameView::ToScreen(Vec2 world_m, double parallax) const {
  const double s = Scale(parallax);
  const Vec2 c = Center(parallax);
  const double dx = (world_m.x - c.x) * s;
  const double dy = -(world_m.y - c.y) * s;
  const double cs = std::cos(camera.roll_rad), sn = std::sin(camera.roll_rad);
  return {width_px / 2.0 + dx * cs - dy * sn, height_px / 2.0 + dx * sn + dy * cs};
}

Rect FrameView::Visible(double parallax) const {
  const double s = Scale(parallax);
  const Vec2 c = Center(parallax);
  const double half_w = width_px / 2.0 / s, half_h = height_px / 2.0 / s;
  return {c.x - half_w, c.y - half_h, c.x + half_w, c.y + half_h};
}

Rect VisibleOverShot(int width_px, int height_px, std::span<const CameraPose> poses,
                     double parallax, double margin) {
  Rect all;
  bool first = true;
  for (const CameraPose& pose : poses) {
    const FrameView view{width_px, height_px, poses.front(), pose};
    const Rect r = view.Visible(parallax);
    if (first) {
      all = r;
      first = false;
    } else {
      all = {std::min(all.left, r.left), std::min(all.bottom, r.bottom),
             std::max(all.right, r.right), std::max(all.top, r.top)};
    }
  }
  const double mx = all.width() * margin, my = all.height() * margin;
  return {all.left - mx, all.bottom - my, all.right + mx, all.top + my};
}

}  // namespace kinora::engine
