#include "engine/timeline.h"

namespace kinora::engine {

using shotspec::Place;

PlaceTraits TraitsOf(Place place) {
  PlaceTraits t;
  switch (place) {
    case Place::kBeach:
      t.surface = Surface::kSand;
      t.stage_width_m = 16;
      break;
    case Place::kForest:
      t.surface = Surface::kDirt;
      break;
    case Place::kJungle:
      t.surface = Surface::kDirt;
      break;
    case Place::kMeadow:
      t.surface = Surface::kGrass;
      t.stage_width_m = 16;
      break;
    case Place::kPark:
      t.surface = Surface::kGrass;
      t.stage_width_m = 14;
      break;
    case Place::kGarden:
      t.surface = Surface::kGrass;
      break;
    case Place::kFarm:
      t.surface = Surface::kDirt;
      t.stage_width_m = 16;
      break;
    case Place::kDesert:
      t.surface = Surface::kSand;
      t.stage_width_m = 18;
      break;
    case Place::kSnowyMountains:
      t.surface = Surface::kSnow;
      t.stage_width_m = 16;
      break;
    case Place::kRiver:
      t.surface = Surface::kGrass;
      t.stage_width_m = 14;
      break;
    case Place::kUnderwater:
      t.surface = Surface::kSand;
      t.gravity_mps2 = 1.2;  // what is left of gravity after buoyancy, for most things
      t.drag = 1.5;
      break;
    case Place::kOuterSpace:
      t.has_ground = false;
      t.surface = Surface::kNone;
      t.gravity_mps2 = 0;
      t.stage_width_m = 16;
      break;
    case Place::kNightSky:
      t.surface = Surface::kGrass;
      t.stage_width_m = 16;
      break;
    case Place::kSky:
      t.has_ground = false;
      t.surface = Surface::kNone;
      t.drag = 0.1;
      t.stage_width_m = 16;
      break;
    case Place::kCityStreet:
      t.surface = Surface::kAsphalt;
      t.stage_width_m = 16;
      break;
    case Place::kRoad:
      t.surface = Surface::kAsphalt;
      t.stage_width_m = 18;
      break;
    case Place::kKitchen:
      t.surface = Surface::kTile;
      t.indoor = true;
      t.stage_width_m = 8;
      break;
    case Place::kLivingRoom:
      t.surface = Surface::kCarpet;
      t.indoor = true;
      t.stage_width_m = 9;
      break;
    case Place::kBedroom:
      t.surface = Surface::kCarpet;
      t.indoor = true;
      t.stage_width_m = 8;
      break;
    case Place::kClassroom:
      t.surface = Surface::kWood;
      t.indoor = true;
      t.stage_width_m = 10;
      break;
    case Place::kOffice:
      t.surface = Surface::kCarpet;
      t.indoor = true;
      t.stage_width_m = 10;
      break;
    case Place::kRestaurant:
      t.surface = Surface::kWood;
      t.indoor = true;
      t.stage_width_m = 10;
      break;
    case Place::kGym:
      t.surface = Surface::kWood;
      t.indoor = true;
      t.stage_width_m = 14;
      break;
    case Place::kStage:
      t.surface = Surface::kWood;
      t.indoor = true;
      t.stage_width_m = 12;
      break;
  }
  // Rivers and beaches have water in front of / beside the bank that boats sail on.
  if (place == Place::kRiver || place == Place::kBeach) t.water_line_m = 0;
  return t;
}

}  // namespace kinora::engine
