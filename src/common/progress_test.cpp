#include "common/progress.h"

#include <gtest/gtest.h>

#include <vector>

namespace kinora {
namespace {

TEST(ProgressTest, SpansMapOntoTheWholeAndNeverGoBack) {
  std::vector<double> seen;
  Progress progress([&](double f, std::string_view) { seen.push_back(f); });
  ProgressSpan render(progress, 0.1, 0.9, "render");
  render.Report(0.5);
  EXPECT_DOUBLE_EQ(progress.fraction(), 0.5);
  progress.Report(0.2, "late report");
  EXPECT_DOUBLE_EQ(progress.fraction(), 0.5);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_DOUBLE_EQ(seen.back(), 0.5);
}

TEST(ProgressTest, CancelIsObserved) {
  Progress progress;
  EXPECT_TRUE(progress.Check().ok());
  progress.Cancel();
  EXPECT_EQ(progress.Check().code(), StatusCode::kCancelled);
}

}  // namespace
}  // namespace kinora
