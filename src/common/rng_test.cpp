#include "common/rng.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kinora {
namespace {

TEST(RngTest, SameSeedSameSequence) {
  Rng a(42), b(42);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(a.NextU64(), b.NextU64());
}

TEST(RngTest, KnownFirstValuesPinTheAlgorithm) {
  // Changing the generator changes every procedural video; this pins it.
  Rng rng(1);
  EXPECT_EQ(rng.NextU64(), 0xB3F2AF6D0FC710C5ULL);
}

TEST(RngTest, ForkIsIndependentOfDrawsFromTheParent) {
  Rng a(7), b(7);
  b.NextU64();
  b.NextU64();
  EXPECT_EQ(a.Fork("layout").NextU64(), b.Fork("layout").NextU64());
  EXPECT_NE(a.Fork("layout").NextU64(), a.Fork("audio").NextU64());
}

TEST(RngTest, RangesAreRespected) {
  Rng rng(3);
  double sum = 0;
  for (int i = 0; i < 10000; ++i) {
    const double u = rng.Uniform(2.0, 3.0);
    ASSERT_GE(u, 2.0);
    ASSERT_LT(u, 3.0);
    const int n = rng.Int(-2, 2);
    ASSERT_GE(n, -2);
    ASSERT_LE(n, 2);
    sum += rng.Normal();
  }
  EXPECT_NEAR(sum / 10000, 0.0, 0.05);
}

}  // namespace
}  // namespace kinora
