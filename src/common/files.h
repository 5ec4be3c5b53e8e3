// Whole-file reads and atomic writes. An atomic write goes to a temporary file beside the
// destination and is renamed over it at the end, so a reader (or a crash) never sees a
// half-written file at the destination path.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "common/status_or.h"

namespace kinora {

StatusOr<std::string> ReadFile(const std::filesystem::path& path);
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents);

// A temporary path in the same directory as `destination` (so renaming it there is atomic),
// unique per process and call: "dir/.name.tmp-<pid>-<n>".
std::filesystem::path TemporaryPathBeside(const std::filesystem::path& destination);

// Removes a temporary file on destruction unless Commit() renamed it to its destination.
class PendingFile {
 public:
  explicit PendingFile(std::filesystem::path destination);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  const std::filesystem::path& temporary_path() const { return temporary_; }
  const std::filesystem::path& destination() const { return destination_; }
  // fsyncs the temporary file and renames it over the destination.
  Status Commit();

 private:
  std::filesystem::path destination_;
  std::filesystem::path temporary_;
  bool committed_ = false;
};

}  // namespace kinora
