#include "engine/art/art_library.h"

#include <librsvg/rsvg.h>

#include <algorithm>

namespace kinora::engine {
namespace {

constexpr int kBoundsRasterPx = 128;

std::string TakeError(GError* error) {
  std::string message = error != nullptr ? error->message : "unknown error";
  if (error != nullptr) g_error_free(error);
  return message;
}

}  // namespace

struct ArtLibrary::Loaded {
  RsvgHandle* handle = nullptr;
  double document_aspect = 1;
  std::optional<ArtBounds> bounds;
  ~Loaded() {
    if (handle != nullptr) g_object_unref(handle);
  }
};

ArtLibrary::ArtLibrary() = default;
ArtLibrary::~ArtLibrary() = default;

StatusOr<ArtLibrary::Loaded*> ArtLibrary::Load(const std::filesystem::path& svg) {
  if (auto it = loaded_.find(svg); it != loaded_.end()) return it->second.get();
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_file(svg.c_str(), &error);
  if (handle == nullptr) {
    return DataLossError("cannot load art " + svg.string() + ": " + TakeError(error));
  }
  auto loaded = std::make_unique<Loaded>();
  loaded->handle = handle;
  gdouble width = 0, height = 0;
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) && width > 0 &&
      height > 0) {
    loaded->document_aspect = width / height;
  } else {
    gboolean has_viewbox = FALSE;
    RsvgRectangle viewbox{};
    rsvg_handle_get_intrinsic_dimensions(handle, nullptr, nullptr, nullptr, nullptr, &has_viewbox,
                                         &viewbox);
    if (has_viewbox && viewbox.width > 0 && viewbox.height > 0) {
      loaded->document_aspect = viewbox.width / viewbox.height;
    }
  }
  Loaded* raw = loaded.get();
  loaded_.emplace(svg, std::move(loaded));
  return raw;
}

StatusOr<ArtBounds> ArtLibrary::Bounds(const std::filesystem::path& svg) {
  std::lock_guard lock(mutex_);
  KINORA_ASSIGN_OR_RETURN(Loaded * art, Load(svg));
  if (art->bounds) return *art->bounds;

  const int w =
      std::max(1, static_cast<int>(kBoundsRasterPx * std::min(1.0, art->document_aspect)));
  const int h =
      std::max(1, static_cast<int>(kBoundsRasterPx / std::max(1.0, art->document_aspect)));
  Canvas canvas(w, h);
  {
    CairoContext cr = canvas.Draw();
    const RsvgRectangle viewport{0, 0, static_cast<double>(w), static_cast<double>(h)};
    GError* error = nullptr;
    if (!rsvg_handle_render_document(art->handle, cr.get(), &viewport, &error)) {
      return DataLossError("cannot draw art " + svg.string() + ": " + TakeError(error));
    }
  }
  const uint8_t* pixels = canvas.data();
  int left = w, right = -1, top = h, bottom = -1;
  for (int y = 0; y < h; ++y) {
    const uint8_t* row = pixels + static_cast<size_t>(y) * canvas.stride();
    for (int x = 0; x < w; ++x) {
      if (row[x * 4 + 3] == 0) continue;
      left = std::min(left, x);
      right = std::max(right, x);
      top = std::min(top, y);
      bottom = std::max(bottom, y);
    }
  }
  ArtBounds bounds;
  bounds.document_aspect = art->document_aspect;
  if (right >= left && bottom >= top) {
    bounds.left = static_cast<double>(left) / w;
    bounds.right = static_cast<double>(right + 1) / w;
    bounds.top = static_cast<double>(top) / h;
    bounds.bottom = static_cast<double>(bottom + 1) / h;
  }
  art->bounds = bounds;
  return bounds;
}

StatusOr<Canvas> ArtLibrary::Rasterise(const std::filesystem::path& svg, int width_px,
                                       int height_px, bool crop) {
  ArtBounds bounds;
  if (crop) {
    KINORA_ASSIGN_OR_RETURN(bounds, Bounds(svg));
  }
  std::lock_guard lock(mutex_);
  KINORA_ASSIGN_OR_RETURN(Loaded * art, Load(svg));
  Canvas canvas(std::max(1, width_px), std::max(1, height_px));
  CairoContext cr = canvas.Draw();
  // Size the whole document so that its visible part exactly fills the canvas.
  const double doc_w = canvas.width() / (bounds.right - bounds.left);
  const double doc_h = canvas.height() / (bounds.bottom - bounds.top);
  const RsvgRectangle viewport{-bounds.left * doc_w, -bounds.top * doc_h, doc_w, doc_h};
  // rsvg keeps the document's aspect ratio inside the viewport; stretch the context instead
  // so a caller asking for a different aspect gets exactly the box it asked for.
  const double natural_h = doc_w / art->document_aspect;
  cairo_scale(cr.get(), 1.0, doc_h / natural_h);
  const RsvgRectangle scaled{viewport.x, viewport.y * natural_h / doc_h, doc_w, natural_h};
  GError* error = nullptr;
  if (!rsvg_handle_render_document(art->handle, cr.get(), &scaled, &error)) {
    return DataLossError("cannot draw art " + svg.string() + ": " + TakeError(error));
  }
  return canvas;
}

}  // namespace kinora::engine
