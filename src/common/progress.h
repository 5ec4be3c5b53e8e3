// Progress: the token that travels with one long job (a generation, an encode). The worker
// reports how far it got and checks whether it should stop; whoever started the job observes
// progress through a callback and can cancel. There is no process-wide progress state.
// Thread-safe: Report, Cancel and cancelled may be called from any thread.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

#include "common/status.h"

namespace kinora {

class Progress {
 public:
  // Called with the overall fraction done (0..1) and the current stage ("render", "encode").
  // Runs on the reporting thread: keep it short.
  using Listener = std::function<void(double fraction, std::string_view stage)>;

  Progress() = default;
  explicit Progress(Listener listener) : listener_(std::move(listener)) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Reports `fraction` (clamped to 0..1; never goes backwards) of the whole job.
  void Report(double fraction, std::string_view stage);
  double fraction() const { return fraction_.load(); }

  void Cancel() { cancelled_.store(true); }
  bool cancelled() const { return cancelled_.load(); }
  // CancelledError when cancelled, OK otherwise: `KINORA_RETURN_IF_ERROR(progress.Check());`.
  Status Check() const;

 private:
  Listener listener_;
  std::mutex listener_mutex_;
  std::atomic<double> fraction_{0.0};
  std::atomic<bool> cancelled_{false};
};

// A view of a parent Progress that maps this part's 0..1 onto [begin, end] of the parent, so a
// stage can report its own fraction without knowing where it sits in the whole job.
class ProgressSpan {
 public:
  ProgressSpan(Progress& parent, double begin, double end, std::string stage)
      : parent_(parent), begin_(begin), end_(end), stage_(std::move(stage)) {}
  void Report(double fraction) const;
  Status Check() const { return parent_.Check(); }

 private:
  Progress& parent_;
  double begin_;
  double end_;
  std::string stage_;
};

}  // namespace kinora
