#include "common/text.h"

#include <gtest/gtest.h>

#include <array>

namespace kinora {
namespace {

TEST(TextTest, SuggestsCloseWordsOnly) {
  constexpr std::array<std::string_view, 3> kColours = {"blue", "red", "green"};
  EXPECT_EQ(ClosestMatch("bleu", kColours), "blue");
  EXPECT_EQ(ClosestMatch("Gren", kColours), "green");
  EXPECT_EQ(ClosestMatch("purple", kColours), "");
}

TEST(TextTest, SplitJoinTrim) {
  const auto parts = Split("1280x720", 'x');
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0], "1280");
  EXPECT_EQ(Join(parts, "|"), "1280|720");
  EXPECT_EQ(Trim("  a b \n"), "a b");
  EXPECT_EQ(ToLower("CaT"), "cat");
  EXPECT_EQ(Quoted("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
}

}  // namespace
}  // namespace kinora
