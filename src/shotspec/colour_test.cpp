#include "shotspec/colour.h"

#include <gtest/gtest.h>

namespace kinora::shotspec {
namespace {

TEST(ColourTest, CssNamesHexAndEverydayWords) {
  EXPECT_EQ(ParseColour("tomato")->rgb, (Rgb{0xFF, 0x63, 0x47}));
  EXPECT_EQ(ParseColour("Sky Blue")->rgb, (Rgb{0x87, 0xCE, 0xEB}));
  EXPECT_EQ(ParseColour("#10a0FF")->rgb, (Rgb{0x10, 0xA0, 0xFF}));
  EXPECT_TRUE(ParseColour("golden").has_value());
  EXPECT_EQ(ColourNames().size(), 148u + 19u);
}

TEST(ColourTest, ModifiersShiftTheBaseColour) {
  const Rgb red = ParseColour("red")->rgb;
  const Rgb dark = ParseColour("dark red")->rgb;
  const Rgb pastel = ParseColour("pastel blue")->rgb;
  EXPECT_EQ(dark, (Rgb{0x8B, 0x00, 0x00}));  // CSS "darkred" wins over the modifier
  EXPECT_LT(ParseColour("dark tomato")->rgb.r, 0xFF);
  EXPECT_GT(pastel.r, 100);
  EXPECT_GT(pastel.b, 200);
  EXPECT_EQ(ParseColour("dark red")->name, "dark red");
  EXPECT_NE(red, dark);
}

TEST(ColourTest, RejectsNonColours) {
  EXPECT_FALSE(ParseColour("bleu").has_value());
  EXPECT_FALSE(ParseColour("#12345").has_value());
  EXPECT_FALSE(ParseColour("#12345g").has_value());
  EXPECT_FALSE(ParseColour("dark").has_value());
}

}  // namespace
}  // namespace kinora::shotspec
