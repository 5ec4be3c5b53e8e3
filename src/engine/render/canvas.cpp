#include "engine/render/canvas.h"

#include <cstring>
#include <stdexcept>
#include <utility>

namespace kinora::engine {

Canvas::Canvas(int width_px, int height_px) {
  Resize(width_px, height_px);
  Clear();
}

Canvas::~Canvas() {
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

Canvas::Canvas(Canvas&& other) noexcept
    : surface_(std::exchange(other.surface_, nullptr)),
      width_(std::exchange(other.width_, 0)),
      height_(std::exchange(other.height_, 0)),
      stride_(std::exchange(other.stride_, 0)) {}

Canvas& Canvas::operator=(Canvas&& other) noexcept {
  if (this != &other) {
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
    surface_ = std::exchange(other.surface_, nullptr);
    width_ = std::exchange(other.width_, 0);
    height_ = std::exchange(other.height_, 0);
    stride_ = std::exchange(other.stride_, 0);
  }
  return *this;
}

uint8_t* Canvas::data() {
  cairo_surface_flush(surface_);
  cairo_surface_mark_dirty(surface_);
  return cairo_image_surface_get_data(surface_);
}

const uint8_t* Canvas::data() const {
  cairo_surface_flush(surface_);
  return cairo_image_surface_get_data(surface_);
}

CairoContext Canvas::Draw() { return CairoContext(cairo_create(surface_)); }

void Canvas::Resize(int width_px, int height_px) {
  if (surface_ != nullptr && width_px == width_ && height_px == height_) return;
  if (width_px <= 0 || height_px <= 0) throw std::invalid_argument("Canvas size must be positive");
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
  surface_ = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width_px, height_px);
  if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
    throw std::bad_alloc();
  }
  width_ = width_px;
  height_ = height_px;
  stride_ = cairo_image_surface_get_stride(surface_);
}

void Canvas::Clear() { std::memset(data(), 0, static_cast<size_t>(stride_) * height_); }

Canvas Canvas::Clone() const {
  Canvas copy;
  if (empty()) return copy;
  copy.Resize(width_, height_);
  std::memcpy(copy.data(), data(), static_cast<size_t>(stride_) * height_);
  return copy;
}

bool Canvas::WritePng(const char* path) const {
  return cairo_surface_write_to_png(surface_, path) == CAIRO_STATUS_SUCCESS;
}

}  // namespace kinora::engine
