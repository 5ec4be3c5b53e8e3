// Problems with a ShotSpec, each pinned to its JSON path ("shots[0].actors[2].colour").
#pragma once

#include <string>
#include <vector>

#include "common/status.h"

namespace kinora::shotspec {

struct Problem {
  std::string path;     // empty for the document as a whole
  std::string message;  // "unknown colour \"bleu\" (did you mean \"blue\"?)"
  std::string ToString() const { return path.empty() ? message : path + ": " + message; }
};

// One InvalidArgument status listing every problem ("a: x; b: y"), param = the first path.
Status ProblemsToStatus(const std::vector<Problem>& problems);

}  // namespace kinora::shotspec
