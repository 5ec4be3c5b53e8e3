// Canvas: an image that owns its pixels, in Cairo's ARGB32 format (premultiplied alpha; bytes
// B, G, R, A in memory on little-endian machines), which is also what the encoder reads
// (AV_PIX_FMT_BGRA). Move-only. Not thread-safe: one thread draws into a canvas at a time.
#pragma once

#include <cairo.h>

#include <cstdint>
#include <memory>

namespace kinora::engine {

struct CairoDeleter {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using CairoContext = std::unique_ptr<cairo_t, CairoDeleter>;

class Canvas {
 public:
  Canvas() = default;
  Canvas(int width_px, int height_px);  // fully transparent
  ~Canvas();
  Canvas(Canvas&& other) noexcept;
  Canvas& operator=(Canvas&& other) noexcept;
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  int width() const { return width_; }
  int height() const { return height_; }
  int stride() const { return stride_; }  // bytes per row
  bool empty() const { return surface_ == nullptr; }
  uint8_t* data();  // marks the surface dirty for Cairo: call again after drawing with Cairo
  const uint8_t* data() const;
  cairo_surface_t* surface() const { return surface_; }

  // A Cairo context drawing into this canvas.
  CairoContext Draw();
  // Reallocates only when the size changes; the content is undefined afterwards.
  void Resize(int width_px, int height_px);
  void Clear();  // transparent black
  Canvas Clone() const;
  // Writes a PNG (for docs, debugging and tests).
  bool WritePng(const char* path) const;

 private:
  cairo_surface_t* surface_ = nullptr;
  int width_ = 0, height_ = 0, stride_ = 0;
};

}  // namespace kinora::engine
