#include "shotspec/colour.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "common/text.h"

namespace kinora::shotspec {
namespace {

struct NamedColour {
  std::string_view name;
  uint32_t rgb;
};

constexpr NamedColour kCssColours[] = {
#include "shotspec/colour_names.inc"
};

// Everyday colour words that CSS does not name.
constexpr NamedColour kEverydayColours[] = {
    {"golden", 0xE8B52E},  {"rose", 0xE8657A},   {"mint", 0x98E6C0},     {"cream", 0xFFF5D6},
    {"peach", 0xFFC8A2},   {"rust", 0xB7410E},   {"mustard", 0xE1AD01},  {"lilac", 0xC8A2C8},
    {"emerald", 0x2ECC71}, {"ruby", 0xC0152F},   {"sapphire", 0x0F52BA}, {"amber", 0xFFBF00},
    {"bronze", 0xCD7F32},  {"copper", 0xB87333}, {"charcoal", 0x36454F}, {"scarlet", 0xFF2400},
    {"pastel", 0xFFD1DC},  {"blonde", 0xF0D58C}, {"ginger", 0xD2691E},
};

constexpr std::string_view kModifiers[] = {"dark", "light", "pale", "bright", "deep", "pastel"};

const std::map<std::string, uint32_t, std::less<>>& NameTable() {
  static const auto* table = [] {
    auto* t = new std::map<std::string, uint32_t, std::less<>>();
    for (const auto& c : kCssColours) t->emplace(c.name, c.rgb);
    for (const auto& c : kEverydayColours) t->emplace(c.name, c.rgb);
    return t;
  }();
  return *table;
}

Rgb Unpack(uint32_t rgb) {
  return {static_cast<uint8_t>(rgb >> 16), static_cast<uint8_t>(rgb >> 8),
          static_cast<uint8_t>(rgb)};
}

uint8_t Mix(uint8_t from, double to, double amount) {
  return static_cast<uint8_t>(std::clamp(from + (to - from) * amount, 0.0, 255.0) + 0.5);
}

Rgb Apply(std::string_view modifier, Rgb c) {
  if (modifier == "dark" || modifier == "deep") {
    return {Mix(c.r, 0, 0.45), Mix(c.g, 0, 0.45), Mix(c.b, 0, 0.45)};
  }
  if (modifier == "light" || modifier == "pale") {
    return {Mix(c.r, 255, 0.5), Mix(c.g, 255, 0.5), Mix(c.b, 255, 0.5)};
  }
  if (modifier == "pastel") {
    return {Mix(c.r, 255, 0.6), Mix(c.g, 230, 0.6), Mix(c.b, 235, 0.6)};
  }
  // "bright": push every channel away from the mean, which raises saturation.
  const double mean = (c.r + c.g + c.b) / 3.0;
  const auto boost = [&](uint8_t v) { return Mix(v, v + (v - mean) * 0.6 + 30, 1.0); };
  return {boost(c.r), boost(c.g), boost(c.b)};
}

std::optional<Rgb> LookUp(std::string_view name) {
  const auto& table = NameTable();
  if (auto it = table.find(name); it != table.end()) return Unpack(it->second);
  // "sky blue", "sky-blue" and "skyblue" are the same CSS colour.
  std::string joined;
  for (char c : name) {
    if (c != ' ' && c != '-' && c != '_') joined += c;
  }
  if (auto it = table.find(joined); it != table.end()) return Unpack(it->second);
  return std::nullopt;
}

std::optional<Rgb> ParseHex(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  unsigned value = 0;
  for (char c : text.substr(1)) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  if (std::sscanf(std::string(text.substr(1)).c_str(), "%x", &value) != 1) return std::nullopt;
  return Unpack(value);
}

}  // namespace

std::optional<Colour> ParseColour(std::string_view text) {
  const std::string lower = ToLower(Trim(text));
  if (auto hex = ParseHex(lower)) return Colour{lower, *hex};
  if (auto plain = LookUp(lower)) return Colour{lower, *plain};
  for (std::string_view modifier : kModifiers) {
    if (lower.size() > modifier.size() + 1 && lower.starts_with(modifier) &&
        (lower[modifier.size()] == ' ' || lower[modifier.size()] == '-')) {
      if (auto base = LookUp(std::string_view(lower).substr(modifier.size() + 1))) {
        return Colour{lower, Apply(modifier, *base)};
      }
    }
  }
  return std::nullopt;
}

const std::vector<std::string_view>& ColourNames() {
  static const auto* names = [] {
    auto* n = new std::vector<std::string_view>();
    for (const auto& c : kCssColours) n->push_back(c.name);
    for (const auto& c : kEverydayColours) n->push_back(c.name);
    return n;
  }();
  return *names;
}

const std::vector<std::string_view>& ColourModifiers() {
  static const std::vector<std::string_view> modifiers(std::begin(kModifiers),
                                                       std::end(kModifiers));
  return modifiers;
}

}  // namespace kinora::shotspec
