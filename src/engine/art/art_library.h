// ArtLibrary: loads the SVG art behind catalog entries once, tells how much of its box the
// art really covers, and rasterises it at any size. Thread-safe (an internal mutex guards
// librsvg, whose handles are not); every method may be called from any thread.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

#include "common/status_or.h"
#include "engine/render/canvas.h"
#include "engine/timeline.h"

namespace kinora::engine {

class ArtLibrary {
 public:
  ArtLibrary();
  ~ArtLibrary();
  ArtLibrary(const ArtLibrary&) = delete;
  ArtLibrary& operator=(const ArtLibrary&) = delete;

  // The visible bounds of the art (alpha > 0 when rasterised at 128 px), cached per file.
  StatusOr<ArtBounds> Bounds(const std::filesystem::path& svg);

  // The art's visible part rendered to exactly width_px x height_px (bounds cropped away), or
  // the whole viewBox when `crop` is false. Premultiplied BGRA, transparent background.
  StatusOr<Canvas> Rasterise(const std::filesystem::path& svg, int width_px, int height_px,
                             bool crop = true);

 private:
  struct Loaded;
  StatusOr<Loaded*> Load(const std::filesystem::path& svg);  // needs mutex_ held

  std::mutex mutex_;
  std::map<std::filesystem::path, std::unique_ptr<Loaded>> loaded_;
};

}  // namespace kinora::engine
