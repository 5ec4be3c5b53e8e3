// Small text helpers shared by the parsers and the error messages.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kinora {

std::string ToLower(std::string_view text);
std::string_view Trim(std::string_view text);
std::vector<std::string> Split(std::string_view text, char separator);
std::string Join(std::span<const std::string> parts, std::string_view separator);

// Levenshtein distance, for "did you mean" suggestions.
int EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo, else empty.
std::string ClosestMatch(std::string_view word, std::span<const std::string_view> candidates);

// `word` as a JSON-style quoted string: "bleu" -> "\"bleu\"".
std::string Quoted(std::string_view word);

}  // namespace kinora
