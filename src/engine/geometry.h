// Plain geometry shared by the engine's parts. World units are metres: x to the right of the
// stage centre, y up from the ground (y = 0 is the ground line of the stage).
#pragma once

#include <cmath>

namespace kinora::engine {

struct Vec2 {
  double x = 0;
  double y = 0;

  Vec2 operator+(Vec2 o) const { return {x + o.x, y + o.y}; }
  Vec2 operator-(Vec2 o) const { return {x - o.x, y - o.y}; }
  Vec2 operator*(double s) const { return {x * s, y * s}; }
  Vec2& operator+=(Vec2 o) {
    x += o.x;
    y += o.y;
    return *this;
  }
  double Length() const { return std::hypot(x, y); }
  bool operator==(const Vec2&) const = default;
};

inline Vec2 Lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }

// An axis-aligned rectangle in metres (world) or pixels (screen), y up for world rects.
struct Rect {
  double left = 0, bottom = 0, right = 0, top = 0;
  double width() const { return right - left; }
  double height() const { return top - bottom; }
  Vec2 center() const { return {(left + right) / 2, (bottom + top) / 2}; }
  bool empty() const { return right <= left || top <= bottom; }
};

}  // namespace kinora::engine
