#include "shotspec/asset_catalog.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/test_support.h"

namespace kinora::shotspec {
namespace {

TEST(AssetCatalogTest, LoadsTwemojiNamedByEmojibase) {
  const AssetCatalog& catalog = testing::Catalog();
  EXPECT_GT(catalog.entries().size(), 1800u);
  const AssetEntry* cat = catalog.Find("cat");
  ASSERT_NE(cat, nullptr);
  EXPECT_EQ(cat->hexcode, "1F408");
  EXPECT_EQ(cat->kind, ActorKind::kAnimal);
  EXPECT_EQ(cat->subgroup, "animal-mammal");
  EXPECT_TRUE(std::filesystem::exists(cat->svg));
  EXPECT_EQ(catalog.Find("1f408"), cat);
  EXPECT_EQ(catalog.Find("Soccer_Ball"), catalog.Find("soccer ball"));
  EXPECT_EQ(catalog.Find("automobile")->kind, ActorKind::kVehicle);
  EXPECT_EQ(catalog.Find("woman cook")->kind, ActorKind::kPerson);
  EXPECT_EQ(catalog.Find("no such thing"), nullptr);
}

TEST(AssetCatalogTest, DefaultsForEveryKindExist) {
  const AssetCatalog& catalog = testing::Catalog();
  for (const auto& term : Terms<ActorKind>()) {
    EXPECT_NE(catalog.Find(catalog.DefaultAssetFor(term.value)), nullptr) << term.name;
  }
  EXPECT_EQ(catalog.Suggest("kat"), "cat");
}

TEST(AssetCatalogTest, MissingArtIsAClearError) {
  const auto result = AssetCatalog::Load({.npm_modules = "/nonexistent", .manifests = {}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(result.status().message().find("npm ci"), std::string::npos);
}

}  // namespace
}  // namespace kinora::shotspec
