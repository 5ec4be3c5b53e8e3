#include "shotspec/shotspec.h"

#include <algorithm>
#include <cmath>

namespace kinora::shotspec {

int ShotSpec::frame_count() const {
  return std::max(1, static_cast<int>(std::lround(duration_s * fps)));
}

std::vector<int> ShotSpec::shot_frames() const {
  std::vector<int> starts;
  double elapsed = 0;
  for (const auto& shot : shots) {
    starts.push_back(static_cast<int>(std::lround(elapsed * fps)));
    elapsed += shot.duration_s;
  }
  starts.push_back(frame_count());
  return starts;
}

}  // namespace kinora::shotspec
