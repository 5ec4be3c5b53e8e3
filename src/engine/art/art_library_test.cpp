#include "engine/art/art_library.h"

#include <gtest/gtest.h>

#include "tests/support/test_support.h"

namespace kinora::engine {
namespace {

int AlphaAt(const Canvas& c, int x, int y) {
  return c.data()[static_cast<size_t>(y) * c.stride() + x * 4 + 3];
}

TEST(ArtLibraryTest, BoundsFindTheVisibleArt) {
  ArtLibrary art;
  const auto* car = testing::Catalog().Find("automobile");
  ASSERT_NE(car, nullptr);
  const auto bounds = art.Bounds(car->svg);
  ASSERT_TRUE(bounds.ok()) << bounds.status().ToString();
  // The car is wider than tall and floats inside its 36x36 box.
  EXPECT_GT(bounds->aspect(), 1.3);
  EXPECT_GT(bounds->top, 0.1);
  EXPECT_DOUBLE_EQ(bounds->document_aspect, 1.0);
}

TEST(ArtLibraryTest, RasteriseCropsToTheVisibleArt) {
  ArtLibrary art;
  const auto* ball = testing::Catalog().Find("soccer ball");
  const auto canvas = art.Rasterise(ball->svg, 200, 200);
  ASSERT_TRUE(canvas.ok());
  EXPECT_EQ(canvas->width(), 200);
  // Cropped: the ball touches every edge of the canvas, the corners stay empty.
  EXPECT_GT(AlphaAt(*canvas, 100, 1), 0);
  EXPECT_GT(AlphaAt(*canvas, 1, 100), 0);
  EXPECT_GT(AlphaAt(*canvas, 198, 100), 0);
  EXPECT_GT(AlphaAt(*canvas, 100, 198), 0);
  EXPECT_EQ(AlphaAt(*canvas, 2, 2), 0);
}

TEST(ArtLibraryTest, MissingFileIsAnError) {
  ArtLibrary art;
  EXPECT_FALSE(art.Bounds("/nonexistent.svg").ok());
}

}  // namespace
}  // namespace kinora::engine
