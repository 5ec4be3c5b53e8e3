// Backend: turns a generation request into stored media files. `procedural` (built in) renders
// the ShotSpec on the CPU; `upstream` forwards to another OpenAI-compatible Videos API. The
// CLI and the job workers call backends the same way.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "common/progress.h"
#include "common/status_or.h"
#include "shotspec/shotspec.h"

namespace kinora::backends {

struct GenerationRequest {
  shotspec::ShotSpec spec;  // resolved and valid
  std::string prompt;       // the user's prompt, when the spec came from one
  std::string model;        // the requested model name ("sora-2"), for upstream backends
  // Where the files go; created if missing. Files appear there only when complete.
  std::filesystem::path output_dir;
};

// The files a generation produced, all inside GenerationRequest::output_dir.
struct GeneratedMedia {
  std::filesystem::path video;           // video.mp4: H.264 + AAC, faststart
  std::filesystem::path thumbnail_jpeg;  // thumbnail.jpg
  std::filesystem::path thumbnail_webp;  // thumbnail.webp
  std::filesystem::path spritesheet;     // spritesheet.jpg: a grid of evenly spaced frames
  double duration_s = 0;
  int width_px = 0, height_px = 0;
  std::string spec_hash;
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view name() const = 0;
  // Reports progress 0..1 through `progress` and stops with a Cancelled status when it is
  // cancelled. Thread-safe: a backend serves concurrent generations.
  virtual StatusOr<GeneratedMedia> Generate(const GenerationRequest& request,
                                            Progress& progress) = 0;
};

}  // namespace kinora::backends
