#include "engine/render/view.h"

#include <gtest/gtest.h>

#include <vector>

namespace kinora::engine {
namespace {

TEST(FrameViewTest, StagePlaneFollowsTheCameraSkyStaysPut) {
  CameraPose base{{0, 1.5}, 5, 1, 0};
  CameraPose panned = base;
  panned.center_m = {2, 1.5};
  const FrameView view{1280, 720, base, panned};
  const Vec2 centre = view.ToScreen({2, 1.5});
  EXPECT_DOUBLE_EQ(centre.x, 640);
  EXPECT_DOUBLE_EQ(centre.y, 360);
  EXPECT_DOUBLE_EQ(view.Scale(), 720 / 5.0);
  // A point at infinity does not move when the camera pans.
  const FrameView still{1280, 720, base, base};
  EXPECT_DOUBLE_EQ(view.ToScreen({0, 1.5}, 0).x, still.ToScreen({0, 1.5}, 0).x);
  // Half-way layers move half as far.
  EXPECT_DOUBLE_EQ(view.Center(0.5).x, 1.0);
}

TEST(FrameViewTest, DollyScalesNearLayersMoreThanFar) {
  CameraPose base{{0, 1.5}, 6, 1, 0};
  CameraPose closer = base;
  closer.view_height_m = 3;
  const FrameView view{1280, 720, base, closer};
  EXPECT_DOUBLE_EQ(view.Scale(1.0) / (720 / 6.0), 2.0);
  EXPECT_NEAR(view.Scale(0.5) / (720 / 6.0), std::sqrt(2.0), 1e-12);
  EXPECT_DOUBLE_EQ(view.Scale(0.0), 720 / 6.0);
}

TEST(FrameViewTest, VisibleOverShotCoversEveryFrame) {
  std::vector<CameraPose> poses;
  for (int i = 0; i < 10; ++i) poses.push_back({{i * 0.5, 1.5}, 5, 1, 0});
  const Rect r = VisibleOverShot(1280, 720, poses, 1.0, 0.0);
  const double half_w = 1280 / 2.0 / (720 / 5.0);
  EXPECT_NEAR(r.left, -half_w, 1e-9);
  EXPECT_NEAR(r.right, 4.5 + half_w, 1e-9);
  EXPECT_NEAR(r.bottom, -1.0, 1e-9);
  EXPECT_NEAR(r.top, 4.0, 1e-9);
}

}  // namespace
}  // namespace kinora::engine
