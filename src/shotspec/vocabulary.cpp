#include "shotspec/vocabulary.h"

#include <array>
#include <stdexcept>

namespace kinora::shotspec {

#define KINORA_TERMS(Enum, ...)                           \
  template <>                                             \
  std::span<const Term<Enum>> Terms<Enum>() {             \
    static constexpr Term<Enum> kTerms[] = {__VA_ARGS__}; \
    return kTerms;                                        \
  }

KINORA_TERMS(Place, {Place::kBeach, "beach", "sand, sea and waves"},
             {Place::kForest, "forest", "tall trees and undergrowth"},
             {Place::kJungle, "jungle", "dense tropical plants and vines"},
             {Place::kMeadow, "meadow", "open grass and wild flowers"},
             {Place::kPark, "park", "lawn, paths, trees and benches"},
             {Place::kGarden, "garden", "flower beds, a fence and a shed"},
             {Place::kFarm, "farm", "fields, a barn and fences"},
             {Place::kDesert, "desert", "dunes, cacti and heat haze"},
             {Place::kSnowyMountains, "snowy_mountains", "snow-capped peaks and snowy ground"},
             {Place::kRiver, "river", "a river between grassy banks"},
             {Place::kUnderwater, "underwater", "the sea floor, light rays and bubbles"},
             {Place::kOuterSpace, "outer_space", "stars, planets and weightless drift"},
             {Place::kNightSky, "night_sky", "a hilltop under stars and the moon"},
             {Place::kSky, "sky", "among the clouds, no ground in sight"},
             {Place::kCityStreet, "city_street", "buildings, pavement and street lights"},
             {Place::kRoad, "road", "an open road through the countryside"},
             {Place::kKitchen, "kitchen", "counters, cupboards, a tiled floor"},
             {Place::kLivingRoom, "living_room", "a sofa, a rug, a window and lamps"},
             {Place::kBedroom, "bedroom", "a bed, a wardrobe and a window"},
             {Place::kClassroom, "classroom", "a blackboard, desks and a clock"},
             {Place::kOffice, "office", "desks, screens and a window on the city"},
             {Place::kRestaurant, "restaurant", "tables, warm lights and a bar"},
             {Place::kGym, "gym", "a sprung floor, wall bars and mats"},
             {Place::kStage, "stage", "a theatre stage with curtains and spotlights"})

KINORA_TERMS(TimeOfDay, {TimeOfDay::kDawn, "dawn", "first light, cool and pink"},
             {TimeOfDay::kMorning, "morning", "fresh, bright and slightly warm"},
             {TimeOfDay::kNoon, "noon", "full daylight"},
             {TimeOfDay::kAfternoon, "afternoon", "warm daylight, longer shadows"},
             {TimeOfDay::kSunset, "sunset", "golden-orange light, long shadows"},
             {TimeOfDay::kNight, "night", "dark blue light, moon and lamps"})

KINORA_TERMS(Weather, {Weather::kClear, "clear", "no weather"},
             {Weather::kCloudy, "cloudy", "overcast sky, soft light"},
             {Weather::kRain, "rain", "falling rain, wet ground"},
             {Weather::kSnow, "snow", "falling snow"},
             {Weather::kFog, "fog", "mist that hides the distance"},
             {Weather::kStorm, "storm", "heavy rain, wind and lightning"},
             {Weather::kWindy, "windy", "gusts that sway plants and carry leaves"})

KINORA_TERMS(Style, {Style::kCartoon, "cartoon", "clean flat vector art (the default)"},
             {Style::kRealistic, "realistic", "soft light, depth blur, motion blur"},
             {Style::kCinematic, "cinematic", "colour grade, letterbox, grain, shallow focus"},
             {Style::kClaymation, "claymation", "clay texture, stop-motion frame holds at 12 fps"},
             {Style::kAnime, "anime", "cel shading, outlines, speed lines"},
             {Style::kWatercolour, "watercolour", "paper texture, pigment bleed, soft edges"},
             {Style::kPixelArt, "pixel_art", "a low-resolution palette, hard pixels"},
             {Style::kNoir, "noir", "black and white, hard contrast, vignette, grain"},
             {Style::kPencilSketch, "pencil_sketch", "graphite lines and hatching on paper"})

KINORA_TERMS(Mood, {Mood::kCalm, "calm", "slow, soft music; gentle grade"},
             {Mood::kJoyful, "joyful", "bright major-key music; warm, saturated grade"},
             {Mood::kPlayful, "playful", "bouncy plucked music; vivid grade"},
             {Mood::kTense, "tense", "low pulsing music; cool, contrasty grade"},
             {Mood::kSad, "sad", "slow minor-key music; muted, cool grade"},
             {Mood::kEpic, "epic", "big drums and chords; high-contrast grade"},
             {Mood::kMysterious, "mysterious", "sparse, eerie music; dark teal grade"},
             {Mood::kRomantic, "romantic", "soft strings; warm, soft grade"})

KINORA_TERMS(ActorKind, {ActorKind::kPerson, "person", "a human figure"},
             {ActorKind::kAnimal, "animal", "a creature that moves by itself"},
             {ActorKind::kVehicle, "vehicle", "something that carries people"},
             {ActorKind::kObject, "object", "a thing"},
             {ActorKind::kFood, "food", "something to eat or drink"},
             {ActorKind::kPlant, "plant", "a tree, flower or other plant"},
             {ActorKind::kBuilding, "building", "a structure"},
             {ActorKind::kCharacter, "character", "a person's cameo or a saved character"})

KINORA_TERMS(NamedSize, {NamedSize::kTiny, "tiny", "0.3 x natural height"},
             {NamedSize::kSmall, "small", "0.6 x natural height"},
             {NamedSize::kNormal, "normal", "natural height"},
             {NamedSize::kLarge, "large", "1.8 x natural height"},
             {NamedSize::kHuge, "huge", "3 x natural height"},
             {NamedSize::kGiant, "giant", "5 x natural height"})

KINORA_TERMS(Anchor, {Anchor::kFarLeft, "far_left", "the left edge of the stage"},
             {Anchor::kLeft, "left", "left of centre"},
             {Anchor::kCenter, "center", "the middle of the stage"},
             {Anchor::kRight, "right", "right of centre"},
             {Anchor::kFarRight, "far_right", "the right edge of the stage"},
             {Anchor::kSky, "sky", "high above the ground"},
             {Anchor::kGround, "ground", "on the ground wherever there is room"})

KINORA_TERMS(Relation, {Relation::kLeftOf, "left_of", "beside the other actor, to its left"},
             {Relation::kRightOf, "right_of", "beside the other actor, to its right"},
             {Relation::kAbove, "above", "in the air over the other actor"},
             {Relation::kBelow, "below", "under the other actor, which floats above"},
             {Relation::kOn, "on", "resting on top of the other actor"},
             {Relation::kUnder, "under", "beneath the other actor (a table, a tree)"},
             {Relation::kInFrontOf, "in_front_of",
              "nearer the camera, overlapping the other actor"},
             {Relation::kBehind, "behind", "further from the camera, partly hidden"},
             {Relation::kNextTo, "next_to", "beside the other actor, on either side"},
             {Relation::kBetween, "between", "between two other actors"},
             {Relation::kAround, "around", "several copies in a ring around the other actor"},
             {Relation::kInside, "inside", "within the other actor (a box, a car)"})

KINORA_TERMS(Direction, {Direction::kLeft, "left", "towards screen left"},
             {Direction::kRight, "right", "towards screen right"},
             {Direction::kUp, "up", "upwards"}, {Direction::kDown, "down", "downwards"},
             {Direction::kIn, "in", "closer (zoom or dolly in)"},
             {Direction::kOut, "out", "further away (zoom or dolly out)"},
             {Direction::kClockwise, "clockwise", "turning clockwise"},
             {Direction::kCounterclockwise, "counterclockwise", "turning counterclockwise"})

KINORA_TERMS(Framing, {Framing::kWide, "wide", "the whole scene"},
             {Framing::kMedium, "medium", "the main actors from head to toe, filling the frame"},
             {Framing::kCloseUp, "close_up", "one actor's face or an object filling the frame"})

KINORA_TERMS(CameraMoveType, {CameraMoveType::kStatic, "static", "the camera holds still"},
             {CameraMoveType::kPan, "pan", "turns left or right"},
             {CameraMoveType::kTilt, "tilt", "turns up or down"},
             {CameraMoveType::kZoom, "zoom",
              "narrows or widens the view (in/out; amount = factor)"},
             {CameraMoveType::kDolly, "dolly",
              "moves towards or away from the scene, with parallax"},
             {CameraMoveType::kTrack, "track", "follows the target actor"},
             {CameraMoveType::kOrbit, "orbit", "circles the scene: strong layered parallax"},
             {CameraMoveType::kShake, "shake", "handheld shake (amount = strength)"},
             {CameraMoveType::kCrane, "crane", "rises or sinks for an aerial view"})

KINORA_TERMS(Transition, {Transition::kCut, "cut", "a hard cut from the previous shot"},
             {Transition::kFade, "fade", "fade through black"},
             {Transition::kDissolve, "dissolve", "cross-dissolve from the previous shot"})

KINORA_TERMS(Voice, {Voice::kAuto, "auto", "chosen from the speaker: distinct per speaker"},
             {Voice::kMale, "male", "an adult man's voice"},
             {Voice::kFemale, "female", "an adult woman's voice"},
             {Voice::kChild, "child", "a child's voice"},
             {Voice::kElderly, "elderly", "an older, slower voice"},
             {Voice::kRobot, "robot", "a flat, synthetic voice"},
             {Voice::kDeep, "deep", "a very low voice"},
             {Voice::kSqueaky, "squeaky", "a very high voice, for small creatures"})

KINORA_TERMS(Manner, {Manner::kSay, "say", "normal speech"},
             {Manner::kShout, "shout", "loud and strained"},
             {Manner::kWhisper, "whisper", "breathy and quiet"},
             {Manner::kSing, "sing", "sung to a melody"},
             {Manner::kAsk, "ask", "a question, rising at the end"})

KINORA_TERMS(SoundCue, {SoundCue::kApplause, "applause", "an audience clapping"},
             {SoundCue::kCheer, "cheer", "a crowd cheering"},
             {SoundCue::kLaughter, "laughter", "people laughing"},
             {SoundCue::kBell, "bell", "a ringing bell"},
             {SoundCue::kDoorbell, "doorbell", "a two-tone doorbell"},
             {SoundCue::kPhoneRing, "phone_ring", "a telephone ringing"},
             {SoundCue::kThunder, "thunder", "a thunderclap rolling away"},
             {SoundCue::kExplosion, "explosion", "a deep boom"},
             {SoundCue::kWhistle, "whistle", "a referee's whistle"},
             {SoundCue::kCarHorn, "car_horn", "a car horn"},
             {SoundCue::kDrumroll, "drumroll", "a snare drum roll"},
             {SoundCue::kGong, "gong", "a gong"},
             {SoundCue::kSplash, "splash", "something landing in water"},
             {SoundCue::kPop, "pop", "a short pop"}, {SoundCue::kChime, "chime", "wind chimes"},
             {SoundCue::kHeartbeat, "heartbeat", "a heartbeat"},
             {SoundCue::kClockTick, "clock_tick", "a ticking clock"},
             {SoundCue::kAlarm, "alarm", "an alarm clock"},
             {SoundCue::kSiren, "siren", "a distant siren"},
             {SoundCue::kMagic, "magic", "a sparkling shimmer"})

KINORA_TERMS(
    Verb, {Verb::kFall, "fall", "drops under gravity (9.81 m/s²) and lands"},
    {Verb::kBounce, "bounce", "falls and bounces by its restitution"},
    {Verb::kRoll, "roll", "rolls along the ground with friction"},
    {Verb::kSlide, "slide", "slides along the ground and slows by friction"},
    {Verb::kCollide, "collide", "moves into the target and both react"},
    {Verb::kPush, "push", "pushes the target along the ground"},
    {Verb::kThrow, "throw", "throws the target in a ballistic arc"},
    {Verb::kKick, "kick", "kicks the target away"},
    {Verb::kTopple, "topple", "a stack tips over (or knocks the target's stack over)"},
    {Verb::kWalk, "walk", "walks with a bobbing gait"},
    {Verb::kRun, "run", "runs, leaning forward"}, {Verb::kJump, "jump", "crouches and jumps"},
    {Verb::kHop, "hop", "moves in small hops"},
    {Verb::kCrawl, "crawl", "creeps low along the ground"},
    {Verb::kClimb, "climb", "climbs up (the target, if any)"},
    {Verb::kFly, "fly", "flies with flapping or banking"},
    {Verb::kSwim, "swim", "swims with an undulating motion"},
    {Verb::kDrive, "drive", "drives along the ground (a vehicle, or in one)"},
    {Verb::kSail, "sail", "sails across water, rocking"},
    {Verb::kFloat, "float", "drifts gently, weightless"},
    {Verb::kSink, "sink", "sinks slowly downwards"}, {Verb::kRise, "rise", "rises slowly upwards"},
    {Verb::kChase, "chase", "runs after the target, which need not flee"},
    {Verb::kFlee, "flee", "runs away (from the target, if any)"},
    {Verb::kFollow, "follow", "walks behind the target"},
    {Verb::kApproach, "approach", "moves towards the target or the centre"},
    {Verb::kLeave, "leave", "walks out of the frame"},
    {Verb::kEnter, "enter", "walks into the frame from the side"},
    {Verb::kWander, "wander", "ambles around, changing direction"},
    {Verb::kOrbit, "orbit", "circles the target or the centre"},
    {Verb::kLand, "land", "flies down and settles on the ground"},
    {Verb::kDance, "dance", "dances to the beat"}, {Verb::kWave, "wave", "waves hello"},
    {Verb::kSpin, "spin", "spins on the spot"}, {Verb::kNod, "nod", "nods"},
    {Verb::kShake, "shake", "trembles or shakes"}, {Verb::kBow, "bow", "bows"},
    {Verb::kSit, "sit", "sits down"}, {Verb::kSleep, "sleep", "lies down and sleeps (zzz)"},
    {Verb::kEat, "eat", "eats (the target, if any)"}, {Verb::kDrink, "drink", "drinks"},
    {Verb::kCelebrate, "celebrate", "jumps for joy with confetti"},
    {Verb::kLook, "look", "turns to look at the target"}, {Verb::kGrow, "grow", "grows bigger"},
    {Verb::kShrink, "shrink", "shrinks"}, {Verb::kAppear, "appear", "pops into view"},
    {Verb::kDisappear, "disappear", "vanishes"},
    {Verb::kExplode, "explode", "bursts apart with a flash"},
    {Verb::kStrum, "strum", "strums a string instrument"}, {Verb::kDrum, "drum", "beats a drum"},
    {Verb::kBlow, "blow", "plays a wind instrument or blows"},
    {Verb::kType, "type", "types on a keyboard"}, {Verb::kStir, "stir", "stirs a pot"},
    {Verb::kSwing, "swing", "swings a bat, racket or club"},
    {Verb::kLift, "lift", "lifts something heavy overhead"},
    {Verb::kPaint, "paint", "paints with a brush"}, {Verb::kRead, "read", "reads a book"},
    {Verb::kWrite, "write", "writes with a pen"}, {Verb::kHammer, "hammer", "hammers"},
    {Verb::kSweep, "sweep", "sweeps with a broom"}, {Verb::kDig, "dig", "digs with a shovel"},
    {Verb::kChop, "chop", "chops with a knife or axe"},
    {Verb::kPour, "pour", "pours from a jug or kettle"}, {Verb::kClap, "clap", "claps"},
    {Verb::kStretch, "stretch", "stretches"}, {Verb::kJuggle, "juggle", "juggles"})

#undef KINORA_TERMS

namespace {

constexpr double kMomentary = 0.0;

// Indexed by Verb: every verb in declaration order.
constexpr VerbInfo kVerbInfo[] = {
    {Verb::kFall, true, TargetUse::kNone, kMomentary},
    {Verb::kBounce, true, TargetUse::kNone, kMomentary},
    {Verb::kRoll, true, TargetUse::kOptional, kMomentary},
    {Verb::kSlide, true, TargetUse::kOptional, kMomentary},
    {Verb::kCollide, true, TargetUse::kRequired, kMomentary},
    {Verb::kPush, true, TargetUse::kRequired, kMomentary},
    {Verb::kThrow, true, TargetUse::kRequired, kMomentary},
    {Verb::kKick, true, TargetUse::kRequired, kMomentary},
    {Verb::kTopple, true, TargetUse::kOptional, kMomentary},
    {Verb::kWalk, false, TargetUse::kOptional, kMomentary},
    {Verb::kRun, false, TargetUse::kOptional, kMomentary},
    {Verb::kJump, false, TargetUse::kOptional, 0.8},
    {Verb::kHop, false, TargetUse::kOptional, kMomentary},
    {Verb::kCrawl, false, TargetUse::kOptional, kMomentary},
    {Verb::kClimb, false, TargetUse::kOptional, kMomentary},
    {Verb::kFly, false, TargetUse::kOptional, kMomentary},
    {Verb::kSwim, false, TargetUse::kOptional, kMomentary},
    {Verb::kDrive, false, TargetUse::kOptional, kMomentary},
    {Verb::kSail, false, TargetUse::kOptional, kMomentary},
    {Verb::kFloat, false, TargetUse::kNone, kMomentary},
    {Verb::kSink, false, TargetUse::kNone, kMomentary},
    {Verb::kRise, false, TargetUse::kNone, kMomentary},
    {Verb::kChase, false, TargetUse::kRequired, kMomentary},
    {Verb::kFlee, false, TargetUse::kOptional, kMomentary},
    {Verb::kFollow, false, TargetUse::kRequired, kMomentary},
    {Verb::kApproach, false, TargetUse::kOptional, kMomentary},
    {Verb::kLeave, false, TargetUse::kNone, kMomentary},
    {Verb::kEnter, false, TargetUse::kNone, kMomentary},
    {Verb::kWander, false, TargetUse::kNone, kMomentary},
    {Verb::kOrbit, false, TargetUse::kOptional, kMomentary},
    {Verb::kLand, false, TargetUse::kOptional, 1.5},
    {Verb::kDance, false, TargetUse::kOptional, kMomentary},
    {Verb::kWave, false, TargetUse::kOptional, 1.5},
    {Verb::kSpin, false, TargetUse::kNone, 1.0},
    {Verb::kNod, false, TargetUse::kOptional, 1.0},
    {Verb::kShake, false, TargetUse::kNone, kMomentary},
    {Verb::kBow, false, TargetUse::kOptional, 1.5},
    {Verb::kSit, false, TargetUse::kOptional, kMomentary},
    {Verb::kSleep, false, TargetUse::kNone, kMomentary},
    {Verb::kEat, false, TargetUse::kOptional, kMomentary},
    {Verb::kDrink, false, TargetUse::kOptional, kMomentary},
    {Verb::kCelebrate, false, TargetUse::kNone, kMomentary},
    {Verb::kLook, false, TargetUse::kRequired, kMomentary},
    {Verb::kGrow, false, TargetUse::kNone, 1.5},
    {Verb::kShrink, false, TargetUse::kNone, 1.5},
    {Verb::kAppear, false, TargetUse::kNone, 0.5},
    {Verb::kDisappear, false, TargetUse::kNone, 0.5},
    {Verb::kExplode, false, TargetUse::kNone, 0.8},
    {Verb::kStrum, false, TargetUse::kNone, kMomentary},
    {Verb::kDrum, false, TargetUse::kNone, kMomentary},
    {Verb::kBlow, false, TargetUse::kNone, kMomentary},
    {Verb::kType, false, TargetUse::kNone, kMomentary},
    {Verb::kStir, false, TargetUse::kNone, kMomentary},
    {Verb::kSwing, false, TargetUse::kOptional, kMomentary},
    {Verb::kLift, false, TargetUse::kOptional, kMomentary},
    {Verb::kPaint, false, TargetUse::kNone, kMomentary},
    {Verb::kRead, false, TargetUse::kNone, kMomentary},
    {Verb::kWrite, false, TargetUse::kNone, kMomentary},
    {Verb::kHammer, false, TargetUse::kOptional, kMomentary},
    {Verb::kSweep, false, TargetUse::kNone, kMomentary},
    {Verb::kDig, false, TargetUse::kNone, kMomentary},
    {Verb::kChop, false, TargetUse::kOptional, kMomentary},
    {Verb::kPour, false, TargetUse::kNone, kMomentary},
    {Verb::kClap, false, TargetUse::kNone, kMomentary},
    {Verb::kStretch, false, TargetUse::kNone, kMomentary},
    {Verb::kJuggle, false, TargetUse::kNone, kMomentary},
};

}  // namespace

const VerbInfo& InfoOf(Verb verb) {
  const auto index = static_cast<size_t>(verb);
  static_assert(std::size(kVerbInfo) == static_cast<size_t>(Verb::kJuggle) + 1);
  if (index >= std::size(kVerbInfo) || kVerbInfo[index].verb != verb) {
    throw std::logic_error("kVerbInfo is out of order");
  }
  return kVerbInfo[index];
}

double ScaleOf(NamedSize size) {
  switch (size) {
    case NamedSize::kTiny:
      return 0.3;
    case NamedSize::kSmall:
      return 0.6;
    case NamedSize::kNormal:
      return 1.0;
    case NamedSize::kLarge:
      return 1.8;
    case NamedSize::kHuge:
      return 3.0;
    case NamedSize::kGiant:
      return 5.0;
  }
  return 1.0;
}

}  // namespace kinora::shotspec
