// The ShotSpec: a versioned, self-contained description of one short video: its duration,
// size, frame rate and seed, and one or more shots (a storyboard), each with a setting, style,
// camera, actors, actions over time, dialogue and sound cues. Prompts become ShotSpecs
// (understand/), backends turn ShotSpecs into media (backends/), and the same ShotSpec and seed
// always give the same frames from the procedural backend.
//
// These structs are the resolved form: ParseShotSpec (json.h) fills every default and every
// inherited value, so consumers never guess. docs/shotspec.md is the user-facing description
// and docs/shotspec.schema.json the JSON Schema; keep all three in step.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shotspec/colour.h"
#include "shotspec/vocabulary.h"

namespace kinora::shotspec {

inline constexpr int kVersion = 1;
inline constexpr double kMinDurationS = 0.5;
inline constexpr double kMaxDurationS = 20.0;
inline constexpr double kDefaultDurationS = 4.0;
inline constexpr int kMaxLongSidePx = 1920;
inline constexpr int kMinShortSidePx = 128;
inline constexpr int kMinFps = 12;
inline constexpr int kMaxFps = 60;
inline constexpr int kDefaultFps = 24;
inline constexpr int kMaxShots = 16;
inline constexpr int kMaxActorsPerShot = 24;
inline constexpr int kMaxCount = 12;
inline constexpr size_t kMaxDialogueChars = 500;

struct Size {
  int width_px = 1280;
  int height_px = 720;
  bool portrait() const { return height_px > width_px; }
  bool operator==(const Size&) const = default;
};

// A point on the stage in metres: x to the right of the stage centre, y up from the ground.
struct Point {
  double x_m = 0;
  double y_m = 0;
  bool operator==(const Point&) const = default;
};

struct Setting {
  Place place = Place::kPark;
  TimeOfDay time_of_day = TimeOfDay::kNoon;
  Weather weather = Weather::kClear;
  bool operator==(const Setting&) const = default;
};

// Starts an actor relative to others: {"relation": "between", "of": ["cat", "dog"]}.
struct Placement {
  Relation relation = Relation::kNextTo;
  std::vector<std::string> of;  // actor ids; two for "between", one otherwise
  bool operator==(const Placement&) const = default;
};

// A person's likeness or a saved character, drawn from a reference image. The cameo issue
// fills this in (consent is checked by policy/ before a spec with a cameo is rendered).
struct Cameo {
  std::string character_id;
  std::string image;  // a media blob key or file path the backend resolves
  bool operator==(const Cameo&) const = default;
};

struct Actor {
  // Names this character for the whole video: the first shot that lists an id defines its
  // look; later shots may list only the id (and a new position) and inherit the rest.
  std::string id;
  ActorKind kind = ActorKind::kObject;
  std::string asset;  // an art catalog key ("cat", "soccer ball"); see AssetCatalog
  std::optional<Colour> colour;
  NamedSize size = NamedSize::kNormal;
  std::optional<double> height_m;  // overrides size: the actor's height in metres
  int count = 1;                   // identical copies laid out side by side
  std::optional<Point> position;
  std::optional<Anchor> anchor;
  std::optional<Placement> placement;
  std::string name;  // shown in subtitles ("Mittens"); empty: none
  std::optional<Cameo> cameo;
  bool operator==(const Actor&) const = default;
};

struct Action {
  Verb verb = Verb::kWalk;
  std::string actor;            // actor id (every copy when count > 1)
  std::string target;           // actor id, empty when none
  double start_s = 0;           // from the start of the shot
  std::optional<double> end_s;  // empty: the verb's natural duration, or the end of the shot
  std::optional<Direction> direction;
  double speed = 1.0;       // multiplier on the verb's natural speed
  std::vector<Point> path;  // waypoints to move through, in order
  std::string prop;         // an asset held while doing it ("guitar"), empty when none
  bool operator==(const Action&) const = default;
};

struct CameraMove {
  CameraMoveType type = CameraMoveType::kStatic;
  double start_s = 0;
  std::optional<double> end_s;  // empty: the end of the shot
  std::optional<Direction> direction;
  double amount = 1.0;  // zoom/dolly factor, pan/tilt in frame widths, shake strength
  std::string target;   // actor id for track (and orbit)
  bool operator==(const CameraMove&) const = default;
};

struct Camera {
  Framing framing = Framing::kWide;
  std::string focus;  // actor id the framing centres on; empty: all actors
  std::vector<CameraMove> moves;
  bool operator==(const Camera&) const = default;
};

struct DialogueLine {
  std::string speaker;  // actor id; empty: a narrator
  std::string text;
  double start_s = 0;
  Voice voice = Voice::kAuto;
  Manner manner = Manner::kSay;
  bool operator==(const DialogueLine&) const = default;
};

struct SoundEvent {
  SoundCue cue = SoundCue::kBell;
  double start_s = 0;
  double volume = 1.0;  // 0..1
  bool operator==(const SoundEvent&) const = default;
};

struct Shot {
  double duration_s = kDefaultDurationS;
  Setting setting;
  Style style = Style::kCartoon;
  Transition transition = Transition::kCut;  // how this shot begins after the previous one
  Camera camera;
  std::vector<Actor> actors;
  std::vector<Action> actions;
  std::vector<DialogueLine> dialogue;
  std::vector<SoundEvent> sounds;
  bool operator==(const Shot&) const = default;
};

struct Music {
  bool enabled = false;
  Mood mood = Mood::kCalm;
  double volume = 0.5;  // 0..1
  bool operator==(const Music&) const = default;
};

struct ShotSpec {
  int version = kVersion;
  std::string title;
  double duration_s = kDefaultDurationS;  // the sum of the shots' durations
  Size size;
  int fps = kDefaultFps;
  uint64_t seed = 0;
  std::optional<Mood> mood;  // colours the grade (and the music, unless music.mood is given)
  Music music;
  bool subtitles = true;
  std::vector<Shot> shots;

  int frame_count() const;
  // The first frame of each shot, plus frame_count() at the end: shot i is frames
  // [shot_frames()[i], shot_frames()[i + 1]).
  std::vector<int> shot_frames() const;
  bool operator==(const ShotSpec&) const = default;
};

}  // namespace kinora::shotspec
