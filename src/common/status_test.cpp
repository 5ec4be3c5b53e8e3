#include "common/status.h"

#include <gtest/gtest.h>

#include "common/status_or.h"

namespace kinora {
namespace {

StatusOr<int> Half(int n) {
  if (n % 2 != 0) return InvalidArgumentError("odd number", "n");
  return n / 2;
}

StatusOr<int> Quarter(int n) {
  KINORA_ASSIGN_OR_RETURN(const int half, Half(n));
  KINORA_ASSIGN_OR_RETURN(const int quarter, Half(half));
  return quarter;
}

TEST(StatusTest, DefaultIsOk) {
  EXPECT_TRUE(Status().ok());
  EXPECT_EQ(Status().ToString(), "ok");
}

TEST(StatusTest, CarriesCodeMessageAndParam) {
  const Status s = InvalidArgumentError("seconds must be 4, 8 or 12", "seconds");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.param(), "seconds");
  EXPECT_EQ(s.ToString(), "invalid_argument: seconds must be 4, 8 or 12");
  EXPECT_EQ(s.WithContext("create").message(), "create: seconds must be 4, 8 or 12");
}

TEST(StatusOrTest, PropagatesTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  const auto odd = Quarter(6);
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().message(), "odd number");
}

}  // namespace
}  // namespace kinora
