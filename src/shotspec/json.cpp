#include "shotspec/json.h"

#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "common/hash.h"
#include "common/text.h"
#include "shotspec/validate.h"

namespace kinora::shotspec {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

std::string Field(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

std::string TypeName(const json& value) {
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "true/false";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "null";
}

// What an enum is called in messages ("unknown place ...").
template <typename E>
constexpr std::string_view kWhat = "value";
template <>
constexpr std::string_view kWhat<Place> = "place";
template <>
constexpr std::string_view kWhat<TimeOfDay> = "time of day";
template <>
constexpr std::string_view kWhat<Weather> = "weather";
template <>
constexpr std::string_view kWhat<Style> = "style";
template <>
constexpr std::string_view kWhat<Mood> = "mood";
template <>
constexpr std::string_view kWhat<ActorKind> = "kind";
template <>
constexpr std::string_view kWhat<NamedSize> = "size";
template <>
constexpr std::string_view kWhat<Anchor> = "position";
template <>
constexpr std::string_view kWhat<Relation> = "relation";
template <>
constexpr std::string_view kWhat<Direction> = "direction";
template <>
constexpr std::string_view kWhat<Framing> = "framing";
template <>
constexpr std::string_view kWhat<CameraMoveType> = "camera move";
template <>
constexpr std::string_view kWhat<Transition> = "transition";
template <>
constexpr std::string_view kWhat<Voice> = "voice";
template <>
constexpr std::string_view kWhat<Manner> = "manner";
template <>
constexpr std::string_view kWhat<SoundCue> = "sound cue";
template <>
constexpr std::string_view kWhat<Verb> = "verb";

// Decodes JSON into the spec structs, collecting every problem with its path instead of
// stopping at the first.
class Decoder {
 public:
  explicit Decoder(std::vector<Problem>& problems) : problems_(problems) {}

  void Add(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message)});
  }

  bool IsObject(const json& value, const std::string& path) {
    if (value.is_object()) return true;
    Add(path, "must be an object, not " + TypeName(value));
    return false;
  }

  void CheckKeys(const json& object, const std::string& path,
                 std::initializer_list<std::string_view> allowed) {
    const std::vector<std::string_view> keys(allowed);
    for (const auto& [key, unused] : object.items()) {
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      std::string message = "unknown field";
      if (const std::string guess = ClosestMatch(key, keys); !guess.empty()) {
        message += " (did you mean " + Quoted(guess) + "?)";
      }
      Add(Field(path, key), message);
    }
  }

  std::optional<double> Number(const json& object, std::string_view key, const std::string& path) {
    const json* value = Find(object, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number() || !std::isfinite(value->get<double>())) {
      Add(Field(path, key), "must be a number, not " + TypeName(*value));
      return std::nullopt;
    }
    return value->get<double>();
  }

  std::optional<int64_t> Integer(const json& object, std::string_view key,
                                 const std::string& path) {
    const json* value = Find(object, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number_integer()) {
      Add(Field(path, key), "must be a whole number, not " + Describe(*value));
      return std::nullopt;
    }
    if (value->is_number_unsigned() && value->get<uint64_t>() > (uint64_t{1} << 53)) {
      Add(Field(path, key), "is too large (at most 2^53)");
      return std::nullopt;
    }
    return value->get<int64_t>();
  }

  std::optional<std::string> String(const json& object, std::string_view key,
                                    const std::string& path) {
    const json* value = Find(object, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_string()) {
      Add(Field(path, key), "must be a string, not " + TypeName(*value));
      return std::nullopt;
    }
    return value->get<std::string>();
  }

  std::optional<bool> Bool(const json& object, std::string_view key, const std::string& path) {
    const json* value = Find(object, key);
    if (value == nullptr) return std::nullopt;
    if (!value->is_boolean()) {
      Add(Field(path, key), "must be true or false, not " + TypeName(*value));
      return std::nullopt;
    }
    return value->get<bool>();
  }

  template <typename E>
  std::optional<E> EnumValue(const json& value, const std::string& path) {
    if (!value.is_string()) {
      Add(path, "must be a string naming a " + std::string(kWhat<E>) + ", not " + TypeName(value));
      return std::nullopt;
    }
    const std::string name = value.get<std::string>();
    if (auto parsed = ParseTerm<E>(name)) return parsed;
    const auto names = TermNames<E>();
    std::string message = "unknown " + std::string(kWhat<E>) + " " + Quoted(name);
    if (const std::string guess = ClosestMatch(name, names); !guess.empty()) {
      message += " (did you mean " + Quoted(guess) + "?)";
    } else if (names.size() <= 25) {
      message += " (one of: ";
      for (size_t i = 0; i < names.size(); ++i) {
        message += (i ? ", " : "") + std::string(names[i]);
      }
      message += ")";
    } else {
      message += " (see docs/shotspec.md for the list)";
    }
    Add(path, message);
    return std::nullopt;
  }

  template <typename E>
  std::optional<E> Enum(const json& object, std::string_view key, const std::string& path) {
    const json* value = Find(object, key);
    if (value == nullptr) return std::nullopt;
    return EnumValue<E>(*value, Field(path, key));
  }

  std::optional<Colour> ColourField(const json& object, std::string_view key,
                                    const std::string& path) {
    const auto text = String(object, key, path);
    if (!text) return std::nullopt;
    if (auto colour = ParseColour(*text)) return colour;
    std::string message = "unknown colour " + Quoted(*text);
    if (const std::string guess = ClosestMatch(*text, ColourNames()); !guess.empty()) {
      message += " (did you mean " + Quoted(guess) + "?)";
    } else {
      message += " (use a CSS colour name or #rrggbb)";
    }
    Add(Field(path, key), message);
    return std::nullopt;
  }

  std::optional<Point> PointValue(const json& value, const std::string& path) {
    if (!IsObject(value, path)) return std::nullopt;
    CheckKeys(value, path, {"x", "y"});
    const auto x = Number(value, "x", path);
    const auto y = Number(value, "y", path);
    if (!value.contains("x")) Add(Field(path, "x"), "is required");
    if (!x || !y) return std::nullopt;
    return Point{*x, *y};
  }

  // The array at object[key], or nullptr when absent (or not an array, which is reported).
  const json* Array(const json& object, std::string_view key, const std::string& path) {
    const json* value = Find(object, key);
    if (value == nullptr) return nullptr;
    if (!value->is_array()) {
      Add(Field(path, key), "must be an array, not " + TypeName(*value));
      return nullptr;
    }
    return value;
  }

 private:
  static const json* Find(const json& object, std::string_view key) {
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
  }

  static std::string Describe(const json& value) {
    return value.is_number() ? value.dump() : TypeName(value);
  }

  std::vector<Problem>& problems_;
};

// State carried from shot to shot while decoding: what later shots inherit.
struct Inheritance {
  Setting setting;
  Style style = Style::kCartoon;
  std::map<std::string, Actor> actors;  // id -> the look the first shot gave it
};

std::string DefaultActorId(const Actor& actor) {
  std::string base = actor.asset.empty() ? std::string(NameOf(actor.kind)) : actor.asset;
  for (char& c : base) {
    if (c == ' ' || c == '-' || c == ':') c = '_';
  }
  return base;
}

class SpecReader {
 public:
  SpecReader(const AssetCatalog* catalog, std::vector<Problem>& problems)
      : catalog_(catalog), decode_(problems) {}

  ShotSpec Read(const json& root) {
    ShotSpec spec;
    if (!decode_.IsObject(root, "")) return spec;
    decode_.CheckKeys(root, "",
                      {"version", "title", "duration_s", "size", "fps", "seed", "style", "mood",
                       "music", "subtitles", "shots"});
    if (auto v = decode_.Integer(root, "version", "")) spec.version = static_cast<int>(*v);
    if (auto v = decode_.String(root, "title", "")) spec.title = *v;
    if (auto v = decode_.Integer(root, "fps", "")) spec.fps = static_cast<int>(*v);
    if (auto v = decode_.Integer(root, "seed", "")) {
      if (*v < 0) decode_.Add("seed", "must not be negative");
      spec.seed = static_cast<uint64_t>(*v);
    }
    if (auto v = decode_.Bool(root, "subtitles", "")) spec.subtitles = *v;
    ReadSize(root, spec);
    spec.mood = decode_.Enum<Mood>(root, "mood", "");
    ReadMusic(root, spec);
    if (auto style = decode_.Enum<Style>(root, "style", "")) inherited_.style = *style;

    const auto total = decode_.Number(root, "duration_s", "");
    const json* shots = decode_.Array(root, "shots", "");
    if (shots == nullptr) {
      if (!root.contains("shots")) decode_.Add("shots", "is required: list at least one shot");
      return spec;
    }
    std::vector<std::optional<double>> durations;
    for (size_t i = 0; i < shots->size(); ++i) {
      const std::string path = Index("shots", i);
      std::optional<double> duration;
      spec.shots.push_back(ReadShot((*shots)[i], path, duration));
      durations.push_back(duration);
    }
    ResolveDurations(total, durations, spec);
    return spec;
  }

 private:
  void ReadSize(const json& root, ShotSpec& spec) {
    const auto text = decode_.String(root, "size", "");
    if (!text) return;
    const auto parts = Split(ToLower(*text), 'x');
    int width = 0, height = 0;
    const bool parsed = parts.size() == 2 && !parts[0].empty() && !parts[1].empty() &&
                        parts[0].size() <= 5 && parts[1].size() <= 5 &&
                        std::all_of(parts[0].begin(), parts[0].end(), ::isdigit) &&
                        std::all_of(parts[1].begin(), parts[1].end(), ::isdigit);
    if (parsed) {
      width = std::stoi(parts[0]);
      height = std::stoi(parts[1]);
    }
    if (!parsed || width <= 0 || height <= 0) {
      decode_.Add("size", "must be \"WIDTHxHEIGHT\" such as \"1280x720\", not " + Quoted(*text));
      return;
    }
    spec.size = {width, height};
  }

  void ReadMusic(const json& root, ShotSpec& spec) {
    const auto it = root.find("music");
    if (it == root.end() || it->is_null()) return;
    if (it->is_boolean()) {
      spec.music.enabled = it->get<bool>();
    } else if (decode_.IsObject(*it, "music")) {
      decode_.CheckKeys(*it, "music", {"enabled", "mood", "volume"});
      spec.music.enabled = decode_.Bool(*it, "enabled", "music").value_or(true);
      if (auto mood = decode_.Enum<Mood>(*it, "mood", "music")) {
        spec.music.mood = *mood;
        music_mood_given_ = true;
      }
      if (auto volume = decode_.Number(*it, "volume", "music")) spec.music.volume = *volume;
    }
    if (!music_mood_given_ && spec.mood) spec.music.mood = *spec.mood;
  }

  Shot ReadShot(const json& value, const std::string& path, std::optional<double>& duration) {
    Shot shot;
    shot.setting = inherited_.setting;
    shot.style = inherited_.style;
    if (!decode_.IsObject(value, path)) return shot;
    decode_.CheckKeys(value, path,
                      {"duration_s", "setting", "style", "transition", "camera", "actors",
                       "actions", "dialogue", "sounds"});
    duration = decode_.Number(value, "duration_s", path);
    if (const auto it = value.find("setting"); it != value.end()) {
      ReadSetting(*it, Field(path, "setting"), shot.setting);
    }
    if (auto style = decode_.Enum<Style>(value, "style", path)) shot.style = *style;
    if (auto t = decode_.Enum<Transition>(value, "transition", path)) shot.transition = *t;
    inherited_.setting = shot.setting;

    if (const json* actors = decode_.Array(value, "actors", path)) {
      std::set<std::string> ids;
      for (size_t i = 0; i < actors->size(); ++i) {
        Actor actor = ReadActor((*actors)[i], Index(Field(path, "actors"), i), ids);
        ids.insert(actor.id);
        shot.actors.push_back(std::move(actor));
      }
    }
    if (const auto it = value.find("camera"); it != value.end()) {
      shot.camera = ReadCamera(*it, Field(path, "camera"));
    }
    if (const json* actions = decode_.Array(value, "actions", path)) {
      for (size_t i = 0; i < actions->size(); ++i) {
        shot.actions.push_back(ReadAction((*actions)[i], Index(Field(path, "actions"), i), shot));
      }
    }
    if (const json* lines = decode_.Array(value, "dialogue", path)) {
      for (size_t i = 0; i < lines->size(); ++i) {
        shot.dialogue.push_back(ReadLine((*lines)[i], Index(Field(path, "dialogue"), i), shot));
      }
    }
    if (const json* sounds = decode_.Array(value, "sounds", path)) {
      for (size_t i = 0; i < sounds->size(); ++i) {
        shot.sounds.push_back(ReadSound((*sounds)[i], Index(Field(path, "sounds"), i)));
      }
    }
    return shot;
  }

  void ReadSetting(const json& value, const std::string& path, Setting& setting) {
    if (!decode_.IsObject(value, path)) return;
    decode_.CheckKeys(value, path, {"place", "time_of_day", "weather"});
    if (auto v = decode_.Enum<Place>(value, "place", path)) setting.place = *v;
    if (auto v = decode_.Enum<TimeOfDay>(value, "time_of_day", path)) setting.time_of_day = *v;
    if (auto v = decode_.Enum<Weather>(value, "weather", path)) setting.weather = *v;
  }

  Actor ReadActor(const json& value, const std::string& path, const std::set<std::string>& ids) {
    Actor actor;
    if (!decode_.IsObject(value, path)) return actor;
    decode_.CheckKeys(value, path,
                      {"id", "kind", "asset", "colour", "size", "height_m", "count", "position",
                       "placement", "name", "cameo"});
    // The look: asset, kind, colour, size, height, count, name, cameo.
    Actor look;
    const auto kind = decode_.Enum<ActorKind>(value, "kind", path);
    if (auto v = decode_.String(value, "asset", path)) look.asset = *v;
    look.colour = decode_.ColourField(value, "colour", path);
    if (auto v = decode_.Enum<NamedSize>(value, "size", path)) look.size = *v;
    look.height_m = decode_.Number(value, "height_m", path);
    if (auto v = decode_.Integer(value, "count", path)) look.count = static_cast<int>(*v);
    if (auto v = decode_.String(value, "name", path)) look.name = *v;
    if (const auto it = value.find("cameo"); it != value.end()) {
      look.cameo = ReadCameo(*it, Field(path, "cameo"));
    }
    if (kind) {
      look.kind = *kind;
    } else if (const AssetEntry* entry = catalog_ ? catalog_->Find(look.asset) : nullptr) {
      look.kind = entry->kind;
    }
    if (catalog_ != nullptr && look.asset.empty() && kind) {
      look.asset = std::string(catalog_->DefaultAssetFor(*kind));
    }
    if (const AssetEntry* entry = catalog_ ? catalog_->Find(look.asset) : nullptr) {
      look.asset = entry->key;  // canonical spelling: "soccer_ball" -> "soccer ball"
    }

    const auto id = decode_.String(value, "id", path);
    const bool gives_look = value.contains("asset") || value.contains("kind");
    if (id && inherited_.actors.contains(*id)) {
      const Actor& first = inherited_.actors.at(*id);
      if (gives_look &&
          (look.asset != first.asset || look.kind != first.kind || look.colour != first.colour ||
           look.size != first.size || look.count != first.count)) {
        decode_.Add(path, "actor " + Quoted(*id) +
                              " already looks different in an earlier shot; give a different "
                              "character a new id");
      }
      actor = first;
    } else {
      actor = look;
      if (!gives_look) {
        decode_.Add(path,
                    "needs an \"asset\" or a \"kind\" (or the id of an actor from an "
                    "earlier shot)");
      }
      actor.id = id ? *id : DefaultActorId(look);
      if (!id) {
        const std::string base = actor.id;
        for (int n = 2; ids.contains(actor.id); ++n) actor.id = base + "_" + std::to_string(n);
      }
      inherited_.actors.emplace(actor.id, actor);
    }

    if (const auto it = value.find("position"); it != value.end() && !it->is_null()) {
      if (it->is_string()) {
        actor.anchor = decode_.EnumValue<Anchor>(*it, Field(path, "position"));
      } else {
        actor.position = decode_.PointValue(*it, Field(path, "position"));
      }
    }
    if (const auto it = value.find("placement"); it != value.end() && !it->is_null()) {
      actor.placement = ReadPlacement(*it, Field(path, "placement"));
    }
    return actor;
  }

  std::optional<Placement> ReadPlacement(const json& value, const std::string& path) {
    if (!decode_.IsObject(value, path)) return std::nullopt;
    decode_.CheckKeys(value, path, {"relation", "of"});
    Placement placement;
    const auto relation = decode_.Enum<Relation>(value, "relation", path);
    if (!value.contains("relation")) decode_.Add(Field(path, "relation"), "is required");
    if (relation) placement.relation = *relation;
    const auto of = value.find("of");
    if (of == value.end()) {
      decode_.Add(Field(path, "of"), "is required: the id of the other actor");
    } else if (of->is_string()) {
      placement.of.push_back(of->get<std::string>());
    } else if (of->is_array() &&
               std::all_of(of->begin(), of->end(), [](const json& v) { return v.is_string(); })) {
      for (const auto& id : *of) placement.of.push_back(id.get<std::string>());
    } else {
      decode_.Add(Field(path, "of"), "must be an actor id or an array of actor ids");
    }
    if (!relation) return std::nullopt;
    return placement;
  }

  std::optional<Cameo> ReadCameo(const json& value, const std::string& path) {
    if (value.is_null() || !decode_.IsObject(value, path)) return std::nullopt;
    decode_.CheckKeys(value, path, {"character_id", "image"});
    Cameo cameo;
    if (auto v = decode_.String(value, "character_id", path)) cameo.character_id = *v;
    if (auto v = decode_.String(value, "image", path)) cameo.image = *v;
    return cameo;
  }

  Camera ReadCamera(const json& value, const std::string& path) {
    Camera camera;
    if (!decode_.IsObject(value, path)) return camera;
    decode_.CheckKeys(value, path, {"framing", "focus", "moves"});
    if (auto v = decode_.Enum<Framing>(value, "framing", path)) camera.framing = *v;
    if (auto v = decode_.String(value, "focus", path)) camera.focus = *v;
    if (const json* moves = decode_.Array(value, "moves", path)) {
      for (size_t i = 0; i < moves->size(); ++i) {
        const std::string move_path = Index(Field(path, "moves"), i);
        const json& m = (*moves)[i];
        CameraMove move;
        if (!decode_.IsObject(m, move_path)) continue;
        decode_.CheckKeys(m, move_path,
                          {"type", "start_s", "end_s", "direction", "amount", "target"});
        if (auto v = decode_.Enum<CameraMoveType>(m, "type", move_path)) move.type = *v;
        if (!m.contains("type")) decode_.Add(Field(move_path, "type"), "is required");
        if (auto v = decode_.Number(m, "start_s", move_path)) move.start_s = *v;
        move.end_s = decode_.Number(m, "end_s", move_path);
        move.direction = decode_.Enum<Direction>(m, "direction", move_path);
        if (auto v = decode_.Number(m, "amount", move_path)) move.amount = *v;
        if (auto v = decode_.String(m, "target", move_path)) move.target = *v;
        camera.moves.push_back(std::move(move));
      }
    }
    return camera;
  }

  Action ReadAction(const json& value, const std::string& path, const Shot& shot) {
    Action action;
    if (!decode_.IsObject(value, path)) return action;
    decode_.CheckKeys(
        value, path,
        {"verb", "actor", "target", "start_s", "end_s", "direction", "speed", "path", "prop"});
    if (auto v = decode_.Enum<Verb>(value, "verb", path)) action.verb = *v;
    if (!value.contains("verb")) decode_.Add(Field(path, "verb"), "is required");
    if (auto v = decode_.String(value, "actor", path)) {
      action.actor = *v;
    } else if (shot.actors.size() == 1) {
      action.actor = shot.actors[0].id;  // the only actor needs no naming
    }
    if (auto v = decode_.String(value, "target", path)) action.target = *v;
    if (auto v = decode_.Number(value, "start_s", path)) action.start_s = *v;
    action.end_s = decode_.Number(value, "end_s", path);
    action.direction = decode_.Enum<Direction>(value, "direction", path);
    if (auto v = decode_.Number(value, "speed", path)) action.speed = *v;
    if (auto v = decode_.String(value, "prop", path)) action.prop = *v;
    if (const AssetEntry* entry = catalog_ ? catalog_->Find(action.prop) : nullptr) {
      action.prop = entry->key;
    }
    if (const json* points = decode_.Array(value, "path", path)) {
      for (size_t i = 0; i < points->size(); ++i) {
        if (auto p = decode_.PointValue((*points)[i], Index(Field(path, "path"), i))) {
          action.path.push_back(*p);
        }
      }
    }
    return action;
  }

  DialogueLine ReadLine(const json& value, const std::string& path, const Shot& shot) {
    DialogueLine line;
    if (!decode_.IsObject(value, path)) return line;
    decode_.CheckKeys(value, path, {"speaker", "text", "start_s", "voice", "manner"});
    if (auto v = decode_.String(value, "speaker", path)) {
      line.speaker = *v;
      // A speaker may be named by the actor's display name as well as its id.
      for (const Actor& actor : shot.actors) {
        if (!actor.name.empty() && actor.name == *v) line.speaker = actor.id;
      }
    }
    if (auto v = decode_.String(value, "text", path)) line.text = *v;
    if (!value.contains("text")) decode_.Add(Field(path, "text"), "is required");
    if (auto v = decode_.Number(value, "start_s", path)) line.start_s = *v;
    if (auto v = decode_.Enum<Voice>(value, "voice", path)) line.voice = *v;
    if (auto v = decode_.Enum<Manner>(value, "manner", path)) line.manner = *v;
    return line;
  }

  SoundEvent ReadSound(const json& value, const std::string& path) {
    SoundEvent sound;
    if (!decode_.IsObject(value, path)) return sound;
    decode_.CheckKeys(value, path, {"cue", "start_s", "volume"});
    if (auto v = decode_.Enum<SoundCue>(value, "cue", path)) sound.cue = *v;
    if (!value.contains("cue")) decode_.Add(Field(path, "cue"), "is required");
    if (auto v = decode_.Number(value, "start_s", path)) sound.start_s = *v;
    if (auto v = decode_.Number(value, "volume", path)) sound.volume = *v;
    return sound;
  }

  // Shots without a duration share what the total leaves; with no total, all shots given
  // durations add up to it, and otherwise the video is the default length.
  void ResolveDurations(std::optional<double> total, const std::vector<std::optional<double>>& d,
                        ShotSpec& spec) {
    double given = 0;
    int open = 0;
    for (const auto& duration : d) {
      if (duration) {
        given += *duration;
      } else {
        ++open;
      }
    }
    if (!total) total = open == 0 && !d.empty() ? given : std::max(kDefaultDurationS, given);
    spec.duration_s = *total;
    if (open == 0) {
      if (!d.empty() && std::abs(given - *total) > 1e-6) {
        decode_.Add("duration_s", "is " + FormatSeconds(*total) + " but the shots add up to " +
                                      FormatSeconds(given));
      }
    } else if (*total - given <= 0) {
      decode_.Add("duration_s", "leaves no time for the shots without a duration_s");
    }
    const double share = open > 0 ? (*total - given) / open : 0;
    for (size_t i = 0; i < d.size(); ++i) spec.shots[i].duration_s = d[i].value_or(share);
  }

  static std::string FormatSeconds(double s) {
    std::ostringstream out;
    out << s << " s";
    return out.str();
  }

  const AssetCatalog* catalog_;
  Decoder decode_;
  Inheritance inherited_;
  bool music_mood_given_ = false;
};

std::string PositionLine(std::string_view text, size_t byte) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

ordered_json PointJson(const Point& p) { return {{"x", p.x_m}, {"y", p.y_m}}; }

ordered_json ActorJson(const Actor& a) {
  ordered_json j;
  j["id"] = a.id;
  j["kind"] = NameOf(a.kind);
  j["asset"] = a.asset;
  if (a.colour) j["colour"] = a.colour->name;
  j["size"] = NameOf(a.size);
  if (a.height_m) j["height_m"] = *a.height_m;
  j["count"] = a.count;
  if (a.position) j["position"] = PointJson(*a.position);
  if (a.anchor) j["position"] = NameOf(*a.anchor);
  if (a.placement) {
    j["placement"] = {{"relation", NameOf(a.placement->relation)}, {"of", a.placement->of}};
  }
  if (!a.name.empty()) j["name"] = a.name;
  if (a.cameo) {
    j["cameo"] = {{"character_id", a.cameo->character_id}, {"image", a.cameo->image}};
  }
  return j;
}

ordered_json ActionJson(const Action& a) {
  ordered_json j;
  j["verb"] = NameOf(a.verb);
  j["actor"] = a.actor;
  if (!a.target.empty()) j["target"] = a.target;
  j["start_s"] = a.start_s;
  if (a.end_s) j["end_s"] = *a.end_s;
  if (a.direction) j["direction"] = NameOf(*a.direction);
  j["speed"] = a.speed;
  if (!a.path.empty()) {
    j["path"] = ordered_json::array();
    for (const auto& p : a.path) j["path"].push_back(PointJson(p));
  }
  if (!a.prop.empty()) j["prop"] = a.prop;
  return j;
}

ordered_json CameraJson(const Camera& c) {
  ordered_json j;
  j["framing"] = NameOf(c.framing);
  if (!c.focus.empty()) j["focus"] = c.focus;
  j["moves"] = ordered_json::array();
  for (const auto& m : c.moves) {
    ordered_json move;
    move["type"] = NameOf(m.type);
    move["start_s"] = m.start_s;
    if (m.end_s) move["end_s"] = *m.end_s;
    if (m.direction) move["direction"] = NameOf(*m.direction);
    move["amount"] = m.amount;
    if (!m.target.empty()) move["target"] = m.target;
    j["moves"].push_back(std::move(move));
  }
  return j;
}

ordered_json ShotJson(const Shot& s) {
  ordered_json j;
  j["duration_s"] = s.duration_s;
  j["setting"] = {{"place", NameOf(s.setting.place)},
                  {"time_of_day", NameOf(s.setting.time_of_day)},
                  {"weather", NameOf(s.setting.weather)}};
  j["style"] = NameOf(s.style);
  j["transition"] = NameOf(s.transition);
  j["camera"] = CameraJson(s.camera);
  j["actors"] = ordered_json::array();
  for (const auto& a : s.actors) j["actors"].push_back(ActorJson(a));
  j["actions"] = ordered_json::array();
  for (const auto& a : s.actions) j["actions"].push_back(ActionJson(a));
  j["dialogue"] = ordered_json::array();
  for (const auto& d : s.dialogue) {
    ordered_json line;
    if (!d.speaker.empty()) line["speaker"] = d.speaker;
    line["text"] = d.text;
    line["start_s"] = d.start_s;
    line["voice"] = NameOf(d.voice);
    line["manner"] = NameOf(d.manner);
    j["dialogue"].push_back(std::move(line));
  }
  j["sounds"] = ordered_json::array();
  for (const auto& snd : s.sounds) {
    j["sounds"].push_back(
        {{"cue", NameOf(snd.cue)}, {"start_s", snd.start_s}, {"volume", snd.volume}});
  }
  return j;
}

}  // namespace

Status ProblemsToStatus(const std::vector<Problem>& problems) {
  if (problems.empty()) return Status::Ok();
  std::string message;
  for (const auto& p : problems) {
    if (!message.empty()) message += "; ";
    message += p.ToString();
  }
  return InvalidArgumentError(message, problems.front().path);
}

StatusOr<ShotSpec> ParseShotSpec(std::string_view json_text, const AssetCatalog* catalog,
                                 std::vector<Problem>* problems) {
  json document;
  try {
    document = json::parse(json_text);
  } catch (const json::parse_error& e) {
    std::vector<Problem> found = {
        {"", "not valid JSON (" + PositionLine(json_text, e.byte == 0 ? 0 : e.byte - 1) + ")"}};
    if (problems != nullptr) *problems = found;
    return ProblemsToStatus(found);
  }
  return ShotSpecFromJson(document, catalog, problems);
}

StatusOr<ShotSpec> ShotSpecFromJson(const json& document, const AssetCatalog* catalog,
                                    std::vector<Problem>* problems) {
  std::vector<Problem> found;
  ShotSpec spec = SpecReader(catalog, found).Read(document);
  if (found.empty()) found = Validate(spec, catalog);
  if (problems != nullptr) *problems = found;
  if (!found.empty()) return ProblemsToStatus(found);
  return spec;
}

ordered_json ShotSpecToJson(const ShotSpec& spec) {
  ordered_json j;
  j["version"] = spec.version;
  if (!spec.title.empty()) j["title"] = spec.title;
  j["duration_s"] = spec.duration_s;
  j["size"] = std::to_string(spec.size.width_px) + "x" + std::to_string(spec.size.height_px);
  j["fps"] = spec.fps;
  j["seed"] = spec.seed;
  if (spec.mood) j["mood"] = NameOf(*spec.mood);
  if (spec.music.enabled) {
    j["music"] = {{"mood", NameOf(spec.music.mood)}, {"volume", spec.music.volume}};
  }
  j["subtitles"] = spec.subtitles;
  j["shots"] = ordered_json::array();
  for (const auto& shot : spec.shots) j["shots"].push_back(ShotJson(shot));
  return j;
}

std::string ShotSpecToString(const ShotSpec& spec, int indent) {
  return ShotSpecToJson(spec).dump(indent);
}

std::string SpecHash(const ShotSpec& spec) { return Sha256Hex(ShotSpecToJson(spec).dump()); }

}  // namespace kinora::shotspec
