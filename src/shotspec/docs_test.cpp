// Keeps docs/shotspec.md and docs/shotspec.schema.json in step with the code: every term of
// every vocabulary is documented and listed in the schema, and every example parses.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "common/files.h"
#include "shotspec/json.h"
#include "shotspec/vocabulary.h"
#include "tests/support/test_support.h"

namespace kinora::shotspec {
namespace {

std::string Doc() { return *ReadFile(testing::SourceDir() / "docs" / "shotspec.md"); }

nlohmann::json Schema() {
  return nlohmann::json::parse(*ReadFile(testing::SourceDir() / "docs" / "shotspec.schema.json"));
}

template <typename E>
void ExpectDocumented(const std::string& doc, const nlohmann::json& schema,
                      const std::string& schema_def) {
  std::vector<std::string> names;
  for (std::string_view name : TermNames<E>()) {
    names.emplace_back(name);
    EXPECT_NE(doc.find("`" + std::string(name) + "`"), std::string::npos)
        << "docs/shotspec.md does not mention `" << name << "`";
  }
  EXPECT_EQ(schema["$defs"][schema_def]["enum"].get<std::vector<std::string>>(), names)
      << "docs/shotspec.schema.json $defs/" << schema_def << " is out of date";
}

TEST(ShotSpecDocsTest, EveryTermIsDocumentedAndInTheSchema) {
  const std::string doc = Doc();
  const nlohmann::json schema = Schema();
  ExpectDocumented<Place>(doc, schema, "place");
  ExpectDocumented<TimeOfDay>(doc, schema, "time_of_day");
  ExpectDocumented<Weather>(doc, schema, "weather");
  ExpectDocumented<Style>(doc, schema, "style");
  ExpectDocumented<Mood>(doc, schema, "mood");
  ExpectDocumented<ActorKind>(doc, schema, "kind");
  ExpectDocumented<NamedSize>(doc, schema, "size");
  ExpectDocumented<Anchor>(doc, schema, "anchor");
  ExpectDocumented<Relation>(doc, schema, "relation");
  ExpectDocumented<Direction>(doc, schema, "direction");
  ExpectDocumented<Framing>(doc, schema, "framing");
  ExpectDocumented<CameraMoveType>(doc, schema, "camera_move");
  ExpectDocumented<Transition>(doc, schema, "transition");
  ExpectDocumented<Voice>(doc, schema, "voice");
  ExpectDocumented<Manner>(doc, schema, "manner");
  ExpectDocumented<SoundCue>(doc, schema, "sound_cue");
  ExpectDocumented<Verb>(doc, schema, "verb");
}

TEST(ShotSpecDocsTest, TheWorkedExamplesAndTheDemoParse) {
  const std::string doc = Doc();
  const std::string open = "```json\n", close = "```";
  int examples = 0;
  for (size_t at = doc.find(open); at != std::string::npos; at = doc.find(open, at)) {
    const size_t end = doc.find(close, at + open.size());
    ASSERT_NE(end, std::string::npos);
    const std::string example = doc.substr(at + open.size(), end - at - open.size());
    const auto spec = ParseShotSpec(example, &testing::Catalog());
    EXPECT_TRUE(spec.ok()) << spec.status().ToString() << "\n" << example;
    ++examples;
    at = end + close.size();
  }
  EXPECT_EQ(examples, 3);
  const auto demo = ReadFile(testing::SourceDir() / "docs" / "examples" / "demo.json");
  ASSERT_TRUE(demo.ok());
  EXPECT_TRUE(ParseShotSpec(*demo, &testing::Catalog()).ok());
}

}  // namespace
}  // namespace kinora::shotspec
