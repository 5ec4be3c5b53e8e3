#include "common/progress.h"

#include <algorithm>

namespace kinora {

void Progress::Report(double fraction, std::string_view stage) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  double previous = fraction_.load();
  while (fraction > previous && !fraction_.compare_exchange_weak(previous, fraction)) {
  }
  if (!listener_) return;
  std::lock_guard lock(listener_mutex_);
  listener_(std::max(fraction, previous), stage);
}

Status Progress::Check() const {
  if (cancelled()) return CancelledError("cancelled");
  return Status::Ok();
}

void ProgressSpan::Report(double fraction) const {
  fraction = std::clamp(fraction, 0.0, 1.0);
  parent_.Report(begin_ + (end_ - begin_) * fraction, stage_);
}

}  // namespace kinora
