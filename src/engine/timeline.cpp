#include "engine/timeline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kinora::engine {

double SpokenLine::MouthAt(double t_s) const {
  if (t_s < start_s || mouth.empty()) return 0.0;
  const double position = (t_s - start_s) * kMouthRate;
  const auto i = static_cast<size_t>(position);
  if (i + 1 >= mouth.size()) return i < mouth.size() ? mouth[i] : 0.0;
  const double f = position - static_cast<double>(i);
  return mouth[i] * (1 - f) + mouth[i + 1] * f;
}

const ShotTimeline& Timeline::ShotAt(int frame) const {
  if (shots.empty()) throw std::logic_error("Timeline has no shots");
  auto it = std::upper_bound(shots.begin(), shots.end(), frame,
                             [](int f, const ShotTimeline& s) { return f < s.first_frame; });
  return it == shots.begin() ? shots.front() : *(it - 1);
}

}  // namespace kinora::engine
