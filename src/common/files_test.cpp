#include "common/files.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace kinora {
namespace {

namespace fs = std::filesystem;

class FilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("kinora_files_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FilesTest, AtomicWriteThenRead) {
  const auto path = dir_ / "a.txt";
  ASSERT_TRUE(WriteFileAtomically(path, "hello").ok());
  EXPECT_EQ(*ReadFile(path), "hello");
  ASSERT_TRUE(WriteFileAtomically(path, "again").ok());
  EXPECT_EQ(*ReadFile(path), "again");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(FilesTest, UncommittedPendingFileLeavesNothing) {
  const auto path = dir_ / "video.mp4";
  {
    PendingFile pending(path);
    EXPECT_EQ(pending.temporary_path().parent_path(), dir_);
    ASSERT_TRUE(WriteFileAtomically(pending.temporary_path(), "partial").ok());
  }
  EXPECT_TRUE(fs::is_empty(dir_));
}

TEST_F(FilesTest, MissingFileIsNotFound) {
  const auto result = ReadFile(dir_ / "nope");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace kinora
