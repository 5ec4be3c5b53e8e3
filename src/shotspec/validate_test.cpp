#include "shotspec/validate.h"

#include <gtest/gtest.h>

#include "shotspec/json.h"
#include "tests/support/test_support.h"

namespace kinora::shotspec {
namespace {

std::vector<std::string> ProblemLines(std::string_view json) {
  std::vector<Problem> problems;
  EXPECT_FALSE(ParseShotSpec(json, &testing::Catalog(), &problems).ok());
  std::vector<std::string> lines;
  for (const auto& p : problems) lines.push_back(p.ToString());
  return lines;
}

TEST(ValidateTest, VideoLimits) {
  EXPECT_EQ(ProblemLines(R"({"duration_s": 25, "shots": [{"actors": [{"asset": "cat"}]}]})"),
            std::vector<std::string>{"duration_s: must be between 0.5 and 20 seconds, not 25"});
  EXPECT_EQ(ProblemLines(R"({"size": "1281x720", "shots": [{"actors": [{"asset": "cat"}]}]})")[0],
            "size: must have even sides, the long side at most 1920 and the short side at least "
            "128 pixels (such as 1280x720 or 720x1280), not 1281x720");
  EXPECT_EQ(
      ProblemLines(R"({"size": "2560x1440", "shots": [{"actors": [{"asset": "cat"}]}]})").size(),
      1u);
  EXPECT_EQ(ProblemLines(R"({"fps": 5, "version": 2, "shots": []})"),
            (std::vector<std::string>{
                "version: unsupported version 2 (this Kinora reads version 1)",
                "fps: must be between 12 and 60, not 5", "shots: must list at least one shot"}));
}

TEST(ValidateTest, AcceptsEveryListedSizeAndAnyEvenSizeUpTo1920) {
  for (const char* size :
       {"1280x720", "720x1280", "1792x1024", "1024x1792", "1920x1080", "640x480", "128x128"}) {
    const std::string json =
        std::string(R"({"size": ")") + size + R"(", "shots": [{"actors": [{"asset": "cat"}]}]})";
    EXPECT_TRUE(ParseShotSpec(json, &testing::Catalog()).ok()) << size;
  }
}

TEST(ValidateTest, ReferencesBetweenActorsActionsCameraAndDialogue) {
  const auto lines = ProblemLines(R"({"shots": [{
    "actors": [{"id": "cat", "asset": "cat", "count": 20, "placement": {"relation": "between",
                "of": ["dog"]}},
               {"id": "dog", "asset": "dgo", "placement": {"relation": "on", "of": "dog"}}],
    "actions": [{"verb": "chase", "actor": "cat", "start_s": 5},
                {"verb": "walk", "actor": "bird", "end_s": 0.5, "start_s": 1, "speed": 9},
                {"verb": "spin", "actor": "cat", "target": "dog", "prop": "guitarr"}],
    "camera": {"focus": "owl", "moves": [{"type": "track", "amount": 0}]},
    "dialogue": [{"speaker": "owl", "text": " "}],
    "sounds": [{"cue": "bell", "volume": 2}]
  }]})");
  const std::vector<std::string> expected = {
      "shots[0].actors[0].count: must be between 1 and 12, not 20",
      "shots[0].actors[0].placement.of: between needs 2 actor ids",
      "shots[0].actors[1].asset: unknown asset \"dgo\" (did you mean \"dog\"?)",
      "shots[0].actors[1].placement.of: an actor cannot be placed relative to itself",
      "shots[0].actions[0].start_s: must be within the shot (0 to 4 s), not 5",
      "shots[0].actions[0].target: is required: who or what to chase",
      "shots[0].actions[1].end_s: must be after start_s and no later than the end of the shot "
      "(4 s), not 0.5",
      "shots[0].actions[1].actor: no actor \"bird\" in this shot (actors: cat, dog)",
      "shots[0].actions[1].speed: must be between 0.1 and 5, not 9",
      "shots[0].actions[2].target: spin takes no target",
      "shots[0].actions[2].prop: unknown asset \"guitarr\" (did you mean \"guitar\"?)",
      "shots[0].camera.focus: no actor \"owl\" in this shot (actors: cat, dog)",
      "shots[0].camera.moves[0].amount: must be above 0 and at most 10, not 0",
      "shots[0].dialogue[0].speaker: no actor \"owl\" in this shot (actors: cat, dog)",
      "shots[0].dialogue[0].text: must not be empty",
      "shots[0].sounds[0].volume: must be between 0 and 1",
  };
  EXPECT_EQ(lines, expected);
}

TEST(ValidateTest, KindAloneGetsDefaultArt) {
  const auto spec =
      ParseShotSpec(R"({"shots": [{"actors": [{"kind": "vehicle"}]}]})", &testing::Catalog());
  ASSERT_TRUE(spec.ok()) << spec.status().ToString();
  EXPECT_EQ(spec->shots[0].actors[0].asset, "automobile");
  EXPECT_EQ(spec->shots[0].actors[0].id, "automobile");
}

TEST(ValidateTest, StatusListsEveryProblemAndNamesTheFirstParam) {
  const auto result = ParseShotSpec(R"({"fps": 1, "duration_s": 99, "shots": [{}]})", nullptr);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().param(), "duration_s");
  EXPECT_EQ(result.status().message(),
            "duration_s: must be between 0.5 and 20 seconds, not 99; fps: must be between 12 "
            "and 60, not 1");
}

}  // namespace
}  // namespace kinora::shotspec
