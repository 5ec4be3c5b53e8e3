#include "engine/engine.h"

#include <algorithm>

#include "common/rng.h"
#include "engine/art/art_library.h"
#include "engine/audio/soundtrack.h"
#include "engine/audio/speech.h"
#include "engine/render/renderer.h"
#include "engine/scene/scene.h"
#include "engine/sim/simulate.h"
#include "shotspec/validate.h"

namespace kinora::engine {

Production::~Production() = default;

Status Production::RenderFrame(int index, Canvas& out) const {
  if (index < 0 || index >= frame_count()) {
    return InvalidArgumentError("frame " + std::to_string(index) + " is outside the video (0.." +
                                std::to_string(frame_count() - 1) + ")");
  }
  return renderer_->RenderFrame(index, out);
}

Engine::Engine(shotspec::AssetCatalog catalog, std::unique_ptr<ArtLibrary> art)
    : catalog_(std::move(catalog)), art_(std::move(art)) {}

Engine::~Engine() = default;

StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineConfig& config) {
  KINORA_ASSIGN_OR_RETURN(
      auto catalog, shotspec::AssetCatalog::Load(shotspec::CatalogSources::For(config.resources)));
  return std::unique_ptr<Engine>(new Engine(std::move(catalog), std::make_unique<ArtLibrary>()));
}

StatusOr<std::unique_ptr<Production>> Engine::Plan(const shotspec::ShotSpec& spec,
                                                   const ProgressSpan& progress) const {
  // A spec that skipped validation must not reach the simulation with dangling references.
  KINORA_RETURN_IF_ERROR(shotspec::ProblemsToStatus(shotspec::Validate(spec, &catalog_)));
  std::unique_ptr<Production> video(new Production());
  video->spec_ = spec;
  const shotspec::ShotSpec& owned = video->spec_;
  const uint64_t seed = owned.seed;
  const Rng root(seed);

  std::vector<SceneShot> scenes;
  for (size_t i = 0; i < owned.shots.size(); ++i) {
    KINORA_ASSIGN_OR_RETURN(SceneShot scene,
                            ResolveShot(owned, static_cast<int>(i), catalog_, *art_,
                                        root.Fork("scene" + std::to_string(i)).NextU64()));
    scenes.push_back(std::move(scene));
  }
  progress.Report(0.1);
  KINORA_RETURN_IF_ERROR(progress.Check());

  Timeline& timeline = video->timeline_;
  timeline.fps = owned.fps;
  timeline.frame_count = owned.frame_count();
  KINORA_ASSIGN_OR_RETURN(timeline.speech, SynthesizeSpeech(owned, scenes));
  progress.Report(0.35);
  KINORA_RETURN_IF_ERROR(progress.Check());

  const std::vector<int> starts = owned.shot_frames();
  for (size_t i = 0; i < scenes.size(); ++i) {
    SimulationInput input;
    input.spec = &owned;
    input.scene = &scenes[i];
    input.first_frame = starts[i];
    input.frame_count = starts[i + 1] - starts[i];
    input.speech = timeline.speech;
    input.catalog = &catalog_;
    input.art = art_.get();
    input.seed = root.Fork("motion" + std::to_string(i)).NextU64();
    KINORA_ASSIGN_OR_RETURN(ShotTimeline shot, SimulateShot(input, timeline.sounds));
    timeline.shots.push_back(std::move(shot));
  }
  std::stable_sort(timeline.sounds.begin(), timeline.sounds.end(),
                   [](const SoundEvent& a, const SoundEvent& b) { return a.time_s < b.time_s; });
  progress.Report(0.6);
  KINORA_RETURN_IF_ERROR(progress.Check());

  KINORA_ASSIGN_OR_RETURN(video->soundtrack_, MixSoundtrack(owned, timeline));
  progress.Report(0.75);
  KINORA_RETURN_IF_ERROR(progress.Check());

  KINORA_ASSIGN_OR_RETURN(video->renderer_, Renderer::Prepare(owned, timeline, *art_));
  progress.Report(1.0);
  return video;
}

}  // namespace kinora::engine
