#include "common/files.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace kinora {
namespace {

std::string ErrnoText() { return std::strerror(errno); }

Status SyncFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return UnavailableError("cannot open " + path.string() + ": " + ErrnoText());
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return UnavailableError("cannot sync " + path.string() + ": " + ErrnoText());
  return Status::Ok();
}

}  // namespace

StatusOr<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot read " + path.string() + ": " + ErrnoText());
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return DataLossError("error while reading " + path.string());
  return contents.str();
}

std::filesystem::path TemporaryPathBeside(const std::filesystem::path& destination) {
  static std::atomic<unsigned> counter{0};
  auto name = "." + destination.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
              std::to_string(counter.fetch_add(1));
  return destination.parent_path() / name;
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view contents) {
  PendingFile pending(path);
  {
    std::ofstream out(pending.temporary_path(), std::ios::binary | std::ios::trunc);
    if (!out) {
      return UnavailableError("cannot write " + pending.temporary_path().string() + ": " +
                              ErrnoText());
    }
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    if (!out.flush()) return UnavailableError("cannot write " + path.string());
  }
  return pending.Commit();
}

PendingFile::PendingFile(std::filesystem::path destination)
    : destination_(std::move(destination)), temporary_(TemporaryPathBeside(destination_)) {}

PendingFile::~PendingFile() {
  if (committed_) return;
  std::error_code ignored;  // best effort: the file may never have been created
  std::filesystem::remove(temporary_, ignored);
}

Status PendingFile::Commit() {
  KINORA_RETURN_IF_ERROR(SyncFile(temporary_));
  std::error_code error;
  std::filesystem::rename(temporary_, destination_, error);
  if (error) {
    return UnavailableError("cannot move " + temporary_.string() + " to " + destination_.string() +
                            ": " + error.message());
  }
  committed_ = true;
  return Status::Ok();
}

}  // namespace kinora
