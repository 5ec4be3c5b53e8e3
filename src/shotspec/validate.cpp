#include "shotspec/validate.h"

#include <set>
#include <sstream>

#include "common/text.h"

namespace kinora::shotspec {
namespace {

std::string Field(const std::string& path, std::string_view key) {
  return path + "." + std::string(key);
}

std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

std::string Num(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

class Checker {
 public:
  Checker(const ShotSpec& spec, const AssetCatalog* catalog) : spec_(spec), catalog_(catalog) {}

  std::vector<Problem> Run() {
    CheckVideo();
    for (size_t i = 0; i < spec_.shots.size(); ++i) CheckShot(spec_.shots[i], Index("shots", i));
    return std::move(problems_);
  }

 private:
  void Add(std::string path, std::string message) {
    problems_.push_back({std::move(path), std::move(message)});
  }

  void CheckVideo() {
    if (spec_.version != kVersion) {
      Add("version", "unsupported version " + std::to_string(spec_.version) + " (this Kinora " +
                         "reads version " + std::to_string(kVersion) + ")");
    }
    if (spec_.title.size() > 200) Add("title", "is longer than 200 characters");
    if (spec_.duration_s < kMinDurationS || spec_.duration_s > kMaxDurationS) {
      Add("duration_s", "must be between " + Num(kMinDurationS) + " and " + Num(kMaxDurationS) +
                            " seconds, not " + Num(spec_.duration_s));
    }
    const auto [w, h] = spec_.size;
    const int long_side = std::max(w, h), short_side = std::min(w, h);
    if (w % 2 != 0 || h % 2 != 0 || long_side > kMaxLongSidePx || short_side < kMinShortSidePx) {
      Add("size", "must have even sides, the long side at most " + std::to_string(kMaxLongSidePx) +
                      " and the short side at least " + std::to_string(kMinShortSidePx) +
                      " pixels (such as 1280x720 or 720x1280), not " + std::to_string(w) + "x" +
                      std::to_string(h));
    }
    if (spec_.fps < kMinFps || spec_.fps > kMaxFps) {
      Add("fps", "must be between " + std::to_string(kMinFps) + " and " + std::to_string(kMaxFps) +
                     ", not " + std::to_string(spec_.fps));
    }
    if (spec_.music.volume < 0 || spec_.music.volume > 1) {
      Add("music.volume", "must be between 0 and 1");
    }
    if (spec_.shots.empty()) Add("shots", "must list at least one shot");
    if (spec_.shots.size() > static_cast<size_t>(kMaxShots)) {
      Add("shots", "has more than " + std::to_string(kMaxShots) + " shots");
    }
  }

  void CheckShot(const Shot& shot, const std::string& path) {
    const double min_shot_s = 1.0 / std::max(spec_.fps, 1);
    if (shot.duration_s < min_shot_s) {
      Add(Field(path, "duration_s"), "must last at least one frame, not " + Num(shot.duration_s));
    }
    if (shot.actors.size() > static_cast<size_t>(kMaxActorsPerShot)) {
      Add(Field(path, "actors"), "has more than " + std::to_string(kMaxActorsPerShot) + " actors");
    }
    std::set<std::string> ids;
    for (size_t i = 0; i < shot.actors.size(); ++i) {
      const std::string actor_path = Index(Field(path, "actors"), i);
      const Actor& actor = shot.actors[i];
      if (!ids.insert(actor.id).second) {
        Add(Field(actor_path, "id"), "duplicate actor id " + Quoted(actor.id));
      }
    }
    for (size_t i = 0; i < shot.actors.size(); ++i) {
      CheckActor(shot.actors[i], Index(Field(path, "actors"), i), ids);
    }
    const auto in_shot = [&](double t) { return t >= 0 && t < shot.duration_s; };
    const auto check_span = [&](double start, std::optional<double> end, const std::string& p) {
      if (!in_shot(start)) {
        Add(Field(p, "start_s"),
            "must be within the shot (0 to " + Num(shot.duration_s) + " s), not " + Num(start));
      }
      if (end && (*end <= start || *end > shot.duration_s + 1e-9)) {
        Add(Field(p, "end_s"), "must be after start_s and no later than the end of the shot (" +
                                   Num(shot.duration_s) + " s), not " + Num(*end));
      }
    };

    for (size_t i = 0; i < shot.actions.size(); ++i) {
      const Action& action = shot.actions[i];
      const std::string p = Index(Field(path, "actions"), i);
      check_span(action.start_s, action.end_s, p);
      CheckAction(action, p, ids);
    }

    const Camera& camera = shot.camera;
    if (!camera.focus.empty() && !ids.contains(camera.focus)) {
      UnknownActor(Field(Field(path, "camera"), "focus"), camera.focus, ids);
    }
    for (size_t i = 0; i < camera.moves.size(); ++i) {
      const CameraMove& move = camera.moves[i];
      const std::string p = Index(Field(Field(path, "camera"), "moves"), i);
      check_span(move.start_s, move.end_s, p);
      if (move.amount <= 0 || move.amount > 10) {
        Add(Field(p, "amount"), "must be above 0 and at most 10, not " + Num(move.amount));
      }
      if (move.type == CameraMoveType::kTrack && move.target.empty() && camera.focus.empty()) {
        Add(Field(p, "target"), "is required to track (or set camera.focus)");
      }
      if (!move.target.empty() && !ids.contains(move.target)) {
        UnknownActor(Field(p, "target"), move.target, ids);
      }
    }

    for (size_t i = 0; i < shot.dialogue.size(); ++i) {
      const DialogueLine& line = shot.dialogue[i];
      const std::string p = Index(Field(path, "dialogue"), i);
      check_span(line.start_s, std::nullopt, p);
      if (!line.speaker.empty() && !ids.contains(line.speaker)) {
        UnknownActor(Field(p, "speaker"), line.speaker, ids);
      }
      if (Trim(line.text).empty()) Add(Field(p, "text"), "must not be empty");
      if (line.text.size() > kMaxDialogueChars) {
        Add(Field(p, "text"),
            "is longer than " + std::to_string(kMaxDialogueChars) + " characters");
      }
    }

    for (size_t i = 0; i < shot.sounds.size(); ++i) {
      const SoundEvent& sound = shot.sounds[i];
      const std::string p = Index(Field(path, "sounds"), i);
      check_span(sound.start_s, std::nullopt, p);
      if (sound.volume < 0 || sound.volume > 1) Add(Field(p, "volume"), "must be between 0 and 1");
    }
  }

  void CheckActor(const Actor& actor, const std::string& path, const std::set<std::string>& ids) {
    if (actor.id.empty() || actor.id.size() > 64) {
      Add(Field(path, "id"), "must be 1 to 64 characters");
    }
    CheckAsset(actor.asset, Field(path, "asset"), /*required=*/catalog_ != nullptr);
    if (actor.count < 1 || actor.count > kMaxCount) {
      Add(Field(path, "count"), "must be between 1 and " + std::to_string(kMaxCount) + ", not " +
                                    std::to_string(actor.count));
    }
    if (actor.height_m && (*actor.height_m <= 0.01 || *actor.height_m > 100)) {
      Add(Field(path, "height_m"), "must be above 0.01 and at most 100 metres");
    }
    if (actor.position) {
      if (std::abs(actor.position->x_m) > 50 || actor.position->y_m < 0 ||
          actor.position->y_m > 50) {
        Add(Field(path, "position"), "must be within 50 m of the stage centre and 0 to 50 m up");
      }
    }
    if (actor.placement) {
      const Placement& placement = *actor.placement;
      const size_t needed = placement.relation == Relation::kBetween ? 2 : 1;
      if (placement.of.size() != needed) {
        Add(Field(Field(path, "placement"), "of"), std::string(NameOf(placement.relation)) +
                                                       " needs " + std::to_string(needed) +
                                                       " actor id" + (needed > 1 ? "s" : ""));
      }
      for (const std::string& other : placement.of) {
        if (other == actor.id) {
          Add(Field(Field(path, "placement"), "of"),
              "an actor cannot be placed relative to itself");
        } else if (!ids.contains(other)) {
          UnknownActor(Field(Field(path, "placement"), "of"), other, ids);
        }
      }
    }
    if (actor.name.size() > 64) Add(Field(path, "name"), "is longer than 64 characters");
  }

  void CheckAction(const Action& action, const std::string& path,
                   const std::set<std::string>& ids) {
    const VerbInfo& info = InfoOf(action.verb);
    if (action.actor.empty()) {
      Add(Field(path, "actor"), "is required when the shot has more than one actor");
    } else if (!ids.contains(action.actor)) {
      UnknownActor(Field(path, "actor"), action.actor, ids);
    }
    if (action.target.empty() && info.target == TargetUse::kRequired) {
      Add(Field(path, "target"), "is required: who or what to " + std::string(NameOf(action.verb)));
    }
    if (!action.target.empty()) {
      if (info.target == TargetUse::kNone) {
        Add(Field(path, "target"), std::string(NameOf(action.verb)) + " takes no target");
      } else if (action.target == action.actor) {
        Add(Field(path, "target"), "must be another actor");
      } else if (!ids.contains(action.target)) {
        UnknownActor(Field(path, "target"), action.target, ids);
      }
    }
    if (action.speed < 0.1 || action.speed > 5) {
      Add(Field(path, "speed"), "must be between 0.1 and 5, not " + Num(action.speed));
    }
    if (action.path.size() > 32) Add(Field(path, "path"), "has more than 32 points");
    if (!action.prop.empty()) CheckAsset(action.prop, Field(path, "prop"), true);
  }

  void CheckAsset(const std::string& asset, const std::string& path, bool required) {
    if (catalog_ == nullptr) return;
    if (asset.empty()) {
      if (required) Add(path, "is required");
      return;
    }
    if (catalog_->Find(asset) != nullptr) return;
    std::string message = "unknown asset " + Quoted(asset);
    if (const std::string guess = catalog_->Suggest(asset); !guess.empty()) {
      message += " (did you mean " + Quoted(guess) + "?)";
    }
    Add(path, message);
  }

  void UnknownActor(const std::string& path, const std::string& id,
                    const std::set<std::string>& ids) {
    std::string message = "no actor " + Quoted(id) + " in this shot";
    if (!ids.empty()) {
      message += " (actors: ";
      bool first = true;
      for (const auto& known : ids) {
        message += (first ? "" : ", ") + known;
        first = false;
      }
      message += ")";
    }
    Add(path, message);
  }

  const ShotSpec& spec_;
  const AssetCatalog* catalog_;
  std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> Validate(const ShotSpec& spec, const AssetCatalog* catalog) {
  return Checker(spec, catalog).Run();
}

}  // namespace kinora::shotspec
