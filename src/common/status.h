// Status: the result of an operation that can fail in an expected way (bad input, a policy
// refusal, a missing row). Exceptions are kept for the truly exceptional; everything a caller
// should handle travels as a Status with a code and a human message. The code is mapped once to
// HTTP (api/http) and to exit codes (cli).
#pragma once

#include <string>
#include <string_view>

namespace kinora {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is wrong; retrying the same input fails again
  kNotFound,         // the thing does not exist (or the caller may not know it exists)
  kAlreadyExists,
  kPermissionDenied,    // authenticated, but not allowed
  kUnauthenticated,     // no or bad credentials
  kFailedPrecondition,  // the system is not in the state the operation needs
  kResourceExhausted,   // quota or rate limit
  kCancelled,
  kDeadlineExceeded,
  kUnavailable,  // transient: retrying later may succeed
  kDataLoss,     // stored data is unreadable or corrupt
  kInternal,     // a bug or an invariant broken
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, std::string param = {})
      : code_(code), message_(std::move(message)), param_(std::move(param)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // The input field the error is about ("seconds", "shots[0].style"), empty when none.
  const std::string& param() const { return param_; }

  // "invalid_argument: message" (or "ok").
  std::string ToString() const;
  // The same status with "context: " in front of the message.
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string param_;
};

Status InvalidArgumentError(std::string message, std::string param = {});
Status NotFoundError(std::string message);
Status AlreadyExistsError(std::string message);
Status PermissionDeniedError(std::string message);
Status UnauthenticatedError(std::string message);
Status FailedPreconditionError(std::string message);
Status ResourceExhaustedError(std::string message);
Status CancelledError(std::string message);
Status DeadlineExceededError(std::string message);
Status UnavailableError(std::string message);
Status DataLossError(std::string message);
Status InternalError(std::string message);

}  // namespace kinora

#define KINORA_STATUS_CONCAT_INNER(a, b) a##b
#define KINORA_STATUS_CONCAT(a, b) KINORA_STATUS_CONCAT_INNER(a, b)

// Returns from the enclosing function when `expr` (a Status) is not OK.
#define KINORA_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::kinora::Status kinora_status_ = (expr);        \
    if (!kinora_status_.ok()) return kinora_status_; \
  } while (false)

// `KINORA_ASSIGN_OR_RETURN(auto x, MakeX());` declares x from a StatusOr or returns its error.
#define KINORA_ASSIGN_OR_RETURN(lhs, expr) \
  KINORA_ASSIGN_OR_RETURN_IMPL(KINORA_STATUS_CONCAT(kinora_or_, __LINE__), lhs, expr)
#define KINORA_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()
