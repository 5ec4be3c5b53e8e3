// Colours in a ShotSpec: a CSS/X11 colour name ("tomato", "light blue", "dark red"), a few
// everyday words CSS lacks ("golden", "pastel pink"), or "#rrggbb".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinora::shotspec {

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

struct Colour {
  std::string name;  // as written, normalised to lower case ("dark red", "#aa3300")
  Rgb rgb;
  bool operator==(const Colour&) const = default;
};

// Parses a colour name or "#rrggbb". Accepts modifiers before a name: dark, light, pale,
// bright, deep, pastel ("pastel blue"), and separated or joined spellings ("sky blue").
std::optional<Colour> ParseColour(std::string_view text);

// Every plain colour name (without modifiers), for suggestions and the lexicon.
const std::vector<std::string_view>& ColourNames();

// The modifiers ParseColour understands before a colour name.
const std::vector<std::string_view>& ColourModifiers();

}  // namespace kinora::shotspec
