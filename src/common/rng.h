// Rng: a small deterministic random generator (SplitMix64 seeding xoshiro256**). The same seed
// gives the same sequence on every machine and compiler, unlike std::*_distribution, which is
// what lets the procedural backend promise identical frames for the same ShotSpec and seed.
// Not thread-safe: give each thread, actor or purpose its own Rng (see Fork).
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace kinora {

// A stable 64-bit hash of a label (FNV-1a then a SplitMix64 finaliser), for deriving seeds.
uint64_t StableHash(std::string_view text);

class Rng {
 public:
  explicit Rng(uint64_t seed);

  // An independent generator for a named purpose: Fork("layout") always gives the same stream
  // for the same parent seed, whatever else was drawn from this one.
  Rng Fork(std::string_view purpose) const;

  uint64_t NextU64();
  double Uniform();                      // [0, 1)
  double Uniform(double lo, double hi);  // [lo, hi)
  int Int(int lo, int hi);               // [lo, hi], inclusive
  bool Chance(double probability);
  double Normal(double mean = 0.0, double stddev = 1.0);  // Box-Muller

 private:
  uint64_t seed_;
  std::array<uint64_t, 4> state_;
};

}  // namespace kinora
