// The closed vocabularies of a ShotSpec: places, times of day, weather, styles, verbs, camera
// moves and the rest. Each enum has a table of terms (JSON name + one-line description); the
// JSON codec, validation, the docs, the prompt parser and the engine all read these tables, so
// adding a term is one line here plus what the engine needs to draw or move it.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kinora::shotspec {

enum class Place {
  kBeach,
  kForest,
  kJungle,
  kMeadow,
  kPark,
  kGarden,
  kFarm,
  kDesert,
  kSnowyMountains,
  kRiver,
  kUnderwater,
  kOuterSpace,
  kNightSky,
  kSky,
  kCityStreet,
  kRoad,
  kKitchen,
  kLivingRoom,
  kBedroom,
  kClassroom,
  kOffice,
  kRestaurant,
  kGym,
  kStage,
};
enum class TimeOfDay { kDawn, kMorning, kNoon, kAfternoon, kSunset, kNight };
enum class Weather { kClear, kCloudy, kRain, kSnow, kFog, kStorm, kWindy };
enum class Style {
  kCartoon,
  kRealistic,
  kCinematic,
  kClaymation,
  kAnime,
  kWatercolour,
  kPixelArt,
  kNoir,
  kPencilSketch,
};
enum class Mood { kCalm, kJoyful, kPlayful, kTense, kSad, kEpic, kMysterious, kRomantic };
enum class ActorKind { kPerson, kAnimal, kVehicle, kObject, kFood, kPlant, kBuilding, kCharacter };
enum class NamedSize { kTiny, kSmall, kNormal, kLarge, kHuge, kGiant };
// Where an actor starts on the stage when no coordinates are given.
enum class Anchor { kFarLeft, kLeft, kCenter, kRight, kFarRight, kSky, kGround };
// Where an actor starts relative to other actors.
enum class Relation {
  kLeftOf,
  kRightOf,
  kAbove,
  kBelow,
  kOn,
  kUnder,
  kInFrontOf,
  kBehind,
  kNextTo,
  kBetween,
  kAround,
  kInside,
};
enum class Direction { kLeft, kRight, kUp, kDown, kIn, kOut, kClockwise, kCounterclockwise };
enum class Framing { kWide, kMedium, kCloseUp };
enum class CameraMoveType { kStatic, kPan, kTilt, kZoom, kDolly, kTrack, kOrbit, kShake, kCrane };
enum class Transition { kCut, kFade, kDissolve };
enum class Voice { kAuto, kMale, kFemale, kChild, kElderly, kRobot, kDeep, kSqueaky };
enum class Manner { kSay, kShout, kWhisper, kSing, kAsk };
enum class SoundCue {
  kApplause,
  kCheer,
  kLaughter,
  kBell,
  kDoorbell,
  kPhoneRing,
  kThunder,
  kExplosion,
  kWhistle,
  kCarHorn,
  kDrumroll,
  kGong,
  kSplash,
  kPop,
  kChime,
  kHeartbeat,
  kClockTick,
  kAlarm,
  kSiren,
  kMagic,
};

enum class Verb {
  // Simulated by the physics engine (SI units, real gravity and collisions).
  kFall,
  kBounce,
  kRoll,
  kSlide,
  kCollide,
  kPush,
  kThrow,
  kKick,
  kTopple,
  // Locomotion.
  kWalk,
  kRun,
  kJump,
  kHop,
  kCrawl,
  kClimb,
  kFly,
  kSwim,
  kDrive,
  kSail,
  kFloat,
  kSink,
  kRise,
  kChase,
  kFlee,
  kFollow,
  kApproach,
  kLeave,
  kEnter,
  kWander,
  kOrbit,
  kLand,
  // Body.
  kDance,
  kWave,
  kSpin,
  kNod,
  kShake,
  kBow,
  kSit,
  kSleep,
  kEat,
  kDrink,
  kCelebrate,
  kLook,
  // Transformations.
  kGrow,
  kShrink,
  kAppear,
  kDisappear,
  kExplode,
  // Gestures with a prop in hand (an instrument, a tool, a book...).
  kStrum,
  kDrum,
  kBlow,
  kType,
  kStir,
  kSwing,
  kLift,
  kPaint,
  kRead,
  kWrite,
  kHammer,
  kSweep,
  kDig,
  kChop,
  kPour,
  kClap,
  kStretch,
  kJuggle,
};

template <typename E>
struct Term {
  E value;
  std::string_view name;         // as written in JSON: "snowy_mountains"
  std::string_view description;  // one line for docs and error messages
};

// The table of every term of E, in declaration order. Specialised for each enum above.
template <typename E>
std::span<const Term<E>> Terms();

template <typename E>
std::optional<E> ParseTerm(std::string_view name) {
  for (const auto& term : Terms<E>()) {
    if (term.name == name) return term.value;
  }
  return std::nullopt;
}

template <typename E>
std::string_view NameOf(E value) {
  for (const auto& term : Terms<E>()) {
    if (term.value == value) return term.name;
  }
  return "?";
}

template <typename E>
std::vector<std::string_view> TermNames() {
  std::vector<std::string_view> names;
  for (const auto& term : Terms<E>()) names.push_back(term.name);
  return names;
}

// How a verb uses its target actor.
enum class TargetUse { kNone, kOptional, kRequired };

struct VerbInfo {
  Verb verb;
  bool physical;  // simulated by the physics engine rather than animated
  TargetUse target;
  double natural_duration_s;  // how long one occurrence takes; 0 = lasts until end_s
};

const VerbInfo& InfoOf(Verb verb);

// The relative height a named size multiplies an actor's natural height by.
double ScaleOf(NamedSize size);

}  // namespace kinora::shotspec
