// The engine's shared picture of a video, produced once per ShotSpec by Engine::Plan:
//   scene/ resolves actors into instances with traits and starting poses (SceneShot),
//   audio/ synthesises the dialogue (SpokenLine: audio, word timings, mouth movement),
//   sim/   moves everything over time (ShotTimeline: poses, props, camera, effects, sounds),
//   audio/ mixes the soundtrack from those events, and
//   render/ draws any frame from it.
// Everything here is plain data, immutable once planned, and read by many threads.
#pragma once

#include <string>
#include <vector>

#include "engine/geometry.h"
#include "shotspec/asset_catalog.h"
#include "shotspec/shotspec.h"

namespace kinora::engine {

enum class Material {
  kFlesh,
  kFur,
  kFeathers,
  kWood,
  kMetal,
  kGlass,
  kRubber,
  kPlastic,
  kStone,
  kFabric,
  kPaper,
  kFood,
  kLiquid
};

// How a kind of art moves when it moves by itself.
enum class Locomotion { kNone, kLegs, kWings, kFins, kWheels, kHull, kSlither, kHop, kFloat };

// What the engine knows about a piece of art in the world (scene/traits.h decides it).
struct AssetTraits {
  double height_m = 1.0;  // natural height of the visible art
  Material material = Material::kPlastic;
  Locomotion locomotion = Locomotion::kNone;
  bool faces_right = false;  // which way the art looks as drawn (Twemoji animals face left)
  bool round = false;        // collides as a circle (balls, fruit, planets)
  double restitution = 0.2;  // bounciness 0..1
  double friction = 0.6;
  double density_kg_m3 = 500;  // mass per area of the art's 2D shape (physics is 2D)
  bool rides_upright = true;   // stays upright when moving (people, vehicles) vs tumbles
};

// The visible part of an SVG, as fractions of its viewBox (0,0 top-left .. 1,1 bottom-right):
// Twemoji art rarely fills its 36x36 box, and feet must touch the ground.
struct ArtBounds {
  double left = 0, top = 0, right = 1, bottom = 1;
  double document_aspect = 1;  // the SVG's own width / height
  // Width / height of the visible part.
  double aspect() const { return (right - left) * document_aspect / (bottom - top); }
};

// One drawn copy of an actor: an Actor with count 3 becomes three instances.
struct ActorInstance {
  std::string id;       // the actor id, or "id#2", "id#3" for the further copies
  int actor_index = 0;  // into Shot::actors
  int copy = 0;         // 0 .. count-1
  const shotspec::AssetEntry* asset = nullptr;  // owned by the AssetCatalog
  ArtBounds bounds;
  AssetTraits traits;
  std::optional<shotspec::Rgb> tint;  // recolour the art towards this colour
  double height_m = 1.0;              // final height: traits.height_m x size, or Actor::height_m
  double width_m = 1.0;               // height_m x bounds.aspect()
};

// Where and how one instance is drawn in one frame.
struct ActorPose {
  Vec2 position_m;                  // bottom centre of the visible art
  double depth_m = 0;               // 0 = stage line; > 0 further back (smaller, drawn behind)
  double rotation_rad = 0;          // counterclockwise, about the art's centre
  double scale_x = 1, scale_y = 1;  // squash and stretch about the bottom centre
  bool facing_right = true;  // the renderer mirrors the art when this differs from its traits
  double opacity = 1;        // 0 = not visible (before appear / after disappear / left frame)
  Vec2 velocity_mps;         // for motion blur, speed lines and whooshes
};

// A prop in an actor's hands (guitar, broom, book) or thrown loose, in one frame.
struct PropPose {
  const shotspec::AssetEntry* asset = nullptr;
  Vec2 position_m;  // centre of the prop's art
  double height_m = 0.3;
  double rotation_rad = 0;
  bool in_front = true;  // drawn in front of the holder (or behind it)
  int holder = -1;       // instance index, -1 when loose
};

enum class EffectKind {
  kConfetti,
  kExplosion,
  kSparkle,
  kDust,
  kSplash,
  kSleepZs,
  kSmoke,
  kHearts,
  kSpeedBurst
};

// A short visual effect the renderer draws as a function of time since start_s.
struct VisualEffect {
  EffectKind kind = EffectKind::kSparkle;
  double start_s = 0, end_s = 0;  // absolute video time
  Vec2 position_m;
  double size_m = 1.0;
  int actor = -1;  // instance it follows, -1 for a fixed place
};

// The camera in one frame. Pan, tilt, track, crane and orbit move center_m; zoom changes
// lens_zoom (every layer scales alike); dolly changes view_height_m (near layers grow faster
// than far ones: real parallax). render/ maps this to each layer.
struct CameraPose {
  Vec2 center_m{0, 1.5};     // stage-plane point at the centre of the frame
  double view_height_m = 5;  // metres of the stage plane the frame height shows
  double lens_zoom = 1.0;    // extra optical zoom (> 1 = closer)
  double roll_rad = 0;       // handheld shake
};

enum class SoundKind {
  kImpact,
  kFootstep,
  kWhoosh,
  kRoll,
  kSlide,
  kSplash,
  kExplosion,
  kFlap,
  kEngine,
  kPop,
  kMagic,
  kThud,
  kSwish,
  kStrum,
  kDrumHit,
  kBlow,
  kTap,
  kChop,
  kScrape,
  kEat,
  kSnore,
  kClap
};

// Something audible that happened in the simulation (absolute video time).
struct SoundEvent {
  SoundKind kind = SoundKind::kImpact;
  double time_s = 0;
  double duration_s = 0;  // 0 for a one-shot; the length of a roll, engine, snore...
  double strength = 0.5;  // 0..1, e.g. an impact's impulse scaled to the material
  Material material = Material::kPlastic;
  Vec2 position_m;  // for stereo panning
  int actor = -1;   // instance, -1 if none
  int shot = 0;
};

struct SpokenWord {
  std::string text;
  double start_s = 0, end_s = 0;  // absolute video time
};

// One line of dialogue as synthesised.
struct SpokenLine {
  int shot = 0;
  int line = 0;         // index into Shot::dialogue
  std::string speaker;  // actor id; empty for a narrator
  std::string text;
  double start_s = 0, end_s = 0;  // absolute, from the synthesised audio
  std::vector<SpokenWord> words;
  std::vector<float> samples;                  // mono, 48 kHz, peak-normalised speech
  static constexpr double kMouthRate = 100.0;  // mouth values per second
  std::vector<float> mouth;                    // openness 0..1 from start_s, from the speech energy
  // Mouth openness at absolute time t (0 outside the line).
  double MouthAt(double t_s) const;
};

// What a place is like physically (scene/places.cpp); backdrops draw it to match.
enum class Surface {
  kGrass,
  kSand,
  kSnow,
  kDirt,
  kWood,
  kTile,
  kCarpet,
  kAsphalt,
  kStone,
  kWater,
  kNone
};

struct PlaceTraits {
  bool has_ground = true;  // false in the sky, in space and underwater (sea floor is far)
  Surface surface = Surface::kGrass;
  double gravity_mps2 = 9.81;  // 0 in outer space; low underwater (buoyancy)
  double drag = 0.0;           // linear damping: water and air resistance
  bool indoor = false;
  double stage_width_m = 12;  // how wide the set is drawn
  double water_line_m = -1;   // y of a water surface actors float on (river, beach), < 0 none
};

PlaceTraits TraitsOf(shotspec::Place place);

// Shot after scene resolution: who is in it and where they start.
struct SceneShot {
  int shot_index = 0;
  PlaceTraits place;
  std::vector<ActorInstance> actors;
  std::vector<ActorPose> start;  // one per instance
};

// One shot after simulation, indexed by frame from the shot's first frame.
struct ShotTimeline {
  int shot_index = 0;
  int first_frame = 0;
  int frame_count = 0;
  SceneShot scene;
  std::vector<std::vector<ActorPose>> poses;  // [frame][instance]
  std::vector<std::vector<PropPose>> props;   // [frame]
  std::vector<CameraPose> camera;             // [frame]
  std::vector<VisualEffect> effects;
};

struct Timeline {
  int fps = 24;
  int frame_count = 0;
  std::vector<ShotTimeline> shots;
  std::vector<SoundEvent> sounds;  // every shot's, by time
  std::vector<SpokenLine> speech;  // by start time

  // The shot a frame belongs to.
  const ShotTimeline& ShotAt(int frame) const;
  double TimeOf(int frame) const { return static_cast<double>(frame) / fps; }
};

// 48 kHz interleaved stereo, samples in [-1, 1].
struct Soundtrack {
  static constexpr int kSampleRate = 48000;
  static constexpr int kChannels = 2;
  std::vector<float> samples;
  size_t frames() const { return samples.size() / kChannels; }
  double duration_s() const { return static_cast<double>(frames()) / kSampleRate; }
};

}  // namespace kinora::engine
