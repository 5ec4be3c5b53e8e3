// The procedural engine: one library call turns a valid ShotSpec into frames and a soundtrack,
// on the CPU, deterministically for a given spec and seed. The CLI and the server's backends
// call it the same way; media/ encodes what it produces.
//
//   auto engine = Engine::Create(config);            // loads the art catalog once
//   auto video = engine->Plan(spec, progress);       // scene, speech, motion, soundtrack
//   video->RenderFrame(i, canvas);                   // any frame, from any thread
//
// Thread-safety: Engine and Production are immutable after creation; Plan and RenderFrame may
// run concurrently.
#pragma once

#include <memory>

#include "common/progress.h"
#include "common/resources.h"
#include "common/status_or.h"
#include "engine/render/canvas.h"
#include "engine/timeline.h"
#include "shotspec/asset_catalog.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

class ArtLibrary;
class Renderer;

struct EngineConfig {
  ResourcePaths resources;
};

// A planned video. Owns its spec, timeline, soundtrack and prepared art.
class Production {
 public:
  ~Production();
  const shotspec::ShotSpec& spec() const { return spec_; }
  int width() const { return spec_.size.width_px; }
  int height() const { return spec_.size.height_px; }
  int fps() const { return spec_.fps; }
  int frame_count() const { return timeline_.frame_count; }
  const Timeline& timeline() const { return timeline_; }
  const Soundtrack& soundtrack() const { return soundtrack_; }

  Status RenderFrame(int index, Canvas& out) const;

 private:
  friend class Engine;
  Production() = default;

  shotspec::ShotSpec spec_;
  Timeline timeline_;
  Soundtrack soundtrack_;
  std::unique_ptr<Renderer> renderer_;
};

class Engine {
 public:
  static StatusOr<std::unique_ptr<Engine>> Create(const EngineConfig& config);
  ~Engine();

  const shotspec::AssetCatalog& catalog() const { return catalog_; }

  // `spec` must be valid for this engine's catalog (ParseShotSpec or Validate with it).
  // Reports progress over [span.begin, span.end] and stops early when it is cancelled.
  StatusOr<std::unique_ptr<Production>> Plan(const shotspec::ShotSpec& spec,
                                             const ProgressSpan& progress) const;

 private:
  Engine(shotspec::AssetCatalog catalog, std::unique_ptr<ArtLibrary> art);

  shotspec::AssetCatalog catalog_;
  std::unique_ptr<ArtLibrary> art_;
};

}  // namespace kinora::engine
