#include "shotspec/json.h"

#include <gtest/gtest.h>

#include "tests/support/test_support.h"

namespace kinora::shotspec {
namespace {

constexpr std::string_view kBall = R"({
  "duration_s": 3,
  "size": "720x1280",
  "seed": 7,
  "style": "anime",
  "shots": [{
    "setting": {"place": "kitchen", "time_of_day": "night"},
    "actors": [
      {"id": "kitten", "asset": "cat", "count": 3, "colour": "orange", "size": "small"},
      {"asset": "soccer_ball", "position": {"x": 0, "y": 2}}
    ],
    "actions": [
      {"verb": "chase", "actor": "kitten", "target": "soccer_ball", "end_s": 3},
      {"verb": "bounce", "actor": "soccer_ball"}
    ],
    "camera": {"moves": [{"type": "zoom", "direction": "in", "amount": 1.5}]},
    "dialogue": [{"speaker": "soccer_ball", "text": "not again!", "start_s": 1.2}]
  }]
})";

std::vector<Problem> ProblemsOf(std::string_view json, const AssetCatalog* catalog = nullptr) {
  std::vector<Problem> problems;
  EXPECT_FALSE(ParseShotSpec(json, catalog, &problems).ok()) << json;
  return problems;
}

TEST(ShotSpecJsonTest, ParsesAndResolvesDefaults) {
  const auto spec = ParseShotSpec(kBall, &testing::Catalog());
  ASSERT_TRUE(spec.ok()) << spec.status().ToString();
  EXPECT_EQ(spec->size, (Size{720, 1280}));
  EXPECT_EQ(spec->fps, 24);
  EXPECT_EQ(spec->frame_count(), 72);
  ASSERT_EQ(spec->shots.size(), 1u);
  const Shot& shot = spec->shots[0];
  EXPECT_EQ(shot.duration_s, 3);
  EXPECT_EQ(shot.style, Style::kAnime);  // from the top-level default
  EXPECT_EQ(shot.setting.place, Place::kKitchen);
  EXPECT_EQ(shot.setting.weather, Weather::kClear);
  EXPECT_EQ(shot.actors[0].kind, ActorKind::kAnimal);
  EXPECT_EQ(shot.actors[0].count, 3);
  EXPECT_EQ(shot.actors[1].id, "soccer_ball");
  EXPECT_EQ(shot.actors[1].asset, "soccer ball");  // canonical catalog key
  EXPECT_EQ(shot.camera.moves[0].type, CameraMoveType::kZoom);
  EXPECT_EQ(shot.dialogue[0].speaker, "soccer_ball");
}

TEST(ShotSpecJsonTest, CanonicalJsonRoundTripsAndHashesStably) {
  const auto spec = ParseShotSpec(kBall, &testing::Catalog());
  ASSERT_TRUE(spec.ok());
  const std::string canonical = ShotSpecToString(*spec);
  const auto again = ParseShotSpec(canonical, &testing::Catalog());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*spec, *again);
  EXPECT_EQ(SpecHash(*spec), SpecHash(*again));
  ShotSpec reseeded = *spec;
  reseeded.seed = 8;
  EXPECT_NE(SpecHash(*spec), SpecHash(reseeded));
}

TEST(ShotSpecJsonTest, StoryboardSharesTimeAndInheritsSettingAndActors) {
  const auto spec = ParseShotSpec(R"({"duration_s": 10, "shots": [
      {"duration_s": 4, "setting": {"place": "beach", "weather": "windy"},
       "actors": [{"id": "rex", "asset": "dog", "colour": "brown", "name": "Rex"}]},
      {"setting": {"time_of_day": "sunset"}, "actors": [{"id": "rex", "position": "left"}]},
      {"transition": "fade", "camera": {"framing": "close_up", "focus": "rex"},
       "actors": [{"id": "rex"}], "dialogue": [{"speaker": "Rex", "text": "Woof."}]}]})",
                                  &testing::Catalog());
  ASSERT_TRUE(spec.ok()) << spec.status().ToString();
  EXPECT_EQ(spec->shots[0].duration_s, 4);
  EXPECT_EQ(spec->shots[1].duration_s, 3);
  EXPECT_EQ(spec->shots[2].duration_s, 3);
  EXPECT_EQ(spec->shot_frames(), (std::vector<int>{0, 96, 168, 240}));
  EXPECT_EQ(spec->shots[1].setting.place, Place::kBeach);
  EXPECT_EQ(spec->shots[1].setting.weather, Weather::kWindy);
  EXPECT_EQ(spec->shots[1].setting.time_of_day, TimeOfDay::kSunset);
  EXPECT_EQ(spec->shots[2].actors[0].colour->name, "brown");
  EXPECT_EQ(spec->shots[2].actors[0].name, "Rex");
  EXPECT_EQ(spec->shots[1].actors[0].anchor, Anchor::kLeft);
  EXPECT_FALSE(spec->shots[2].actors[0].anchor.has_value());
  EXPECT_EQ(spec->shots[2].dialogue[0].speaker, "rex");  // named by display name
}

TEST(ShotSpecJsonTest, TheIssueExampleErrorPath) {
  const auto problems = ProblemsOf(R"({"shots": [{"actors": [
      {"asset": "cat"}, {"asset": "dog"}, {"asset": "cat", "colour": "bleu"}]}]})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].ToString(),
            "shots[0].actors[2].colour: unknown colour \"bleu\" (did you mean \"blue\"?)");
}

TEST(ShotSpecJsonTest, EveryDecodingProblemIsReportedWithItsPath) {
  const auto problems = ProblemsOf(R"({
    "fps": 24.5, "size": "big", "seed": -1, "colour": 1,
    "shots": [{
      "setting": {"place": "beech", "weather": "sunny"},
      "style": "vaporwave",
      "actors": [{"asset": "cat", "color": "red"}, {"colour": "red"}, 5],
      "actions": [{"verb": "teleport", "actor": "cat"}, {"actor": "cat"}],
      "camera": {"framing": "closeup", "moves": [{"direction": "in"}]},
      "dialogue": [{"speaker": "cat"}],
      "sounds": [{"cue": "belll"}]
    }]})");
  std::vector<std::string> lines;
  for (const auto& p : problems) lines.push_back(p.ToString());
  const std::vector<std::string> expected = {
      "colour: unknown field",
      "fps: must be a whole number, not 24.5",
      "seed: must not be negative",
      "size: must be \"WIDTHxHEIGHT\" such as \"1280x720\", not \"big\"",
      "shots[0].setting.place: unknown place \"beech\" (did you mean \"beach\"?)",
      "shots[0].setting.weather: unknown weather \"sunny\" (one of: clear, cloudy, rain, snow, "
      "fog, storm, windy)",
      "shots[0].style: unknown style \"vaporwave\" (one of: cartoon, realistic, cinematic, "
      "claymation, anime, watercolour, pixel_art, noir, pencil_sketch)",
      "shots[0].actors[0].color: unknown field (did you mean \"colour\"?)",
      "shots[0].actors[1]: needs an \"asset\" or a \"kind\" (or the id of an actor from an "
      "earlier shot)",
      "shots[0].actors[2]: must be an object, not a number",
      "shots[0].camera.framing: unknown framing \"closeup\" (did you mean \"close_up\"?)",
      "shots[0].camera.moves[0].type: is required",
      "shots[0].actions[0].verb: unknown verb \"teleport\" (see docs/shotspec.md for the list)",
      "shots[0].actions[1].verb: is required",
      "shots[0].dialogue[0].text: is required",
      "shots[0].sounds[0].cue: unknown sound cue \"belll\" (did you mean \"bell\"?)",
  };
  for (const auto& line : expected) {
    EXPECT_NE(std::find(lines.begin(), lines.end(), line), lines.end()) << "missing: " << line;
  }
  EXPECT_EQ(lines.size(), expected.size()) << ::testing::PrintToString(lines);
}

TEST(ShotSpecJsonTest, InvalidJsonNamesTheLine) {
  const auto problems = ProblemsOf("{\n  \"duration_s\": 3,\n  oops\n}");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message.rfind("not valid JSON (line 3", 0), 0u) << problems[0].message;
}

TEST(ShotSpecJsonTest, DurationsMustAddUp) {
  const auto problems =
      ProblemsOf(R"({"duration_s": 5, "shots": [{"duration_s": 2, "actors": [{"asset": "cat"}]},
                                                 {"duration_s": 2}]})");
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].ToString(), "duration_s: is 5 s but the shots add up to 4 s");
}

TEST(ShotSpecJsonTest, ActorLooksCannotChangeBetweenShots) {
  const auto problems = ProblemsOf(R"({"shots": [{"actors": [{"id": "a", "asset": "cat"}]},
                                                  {"actors": [{"id": "a", "asset": "dog"}]}]})");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, "shots[1].actors[0]");
}

}  // namespace
}  // namespace kinora::shotspec
