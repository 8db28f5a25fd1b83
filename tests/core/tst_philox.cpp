#include <gtest/gtest.h>

#include "core/Philox.h"

using gumbel::PhiloxCounter;
using gumbel::PhiloxKey;

struct KnownAnswer {
    PhiloxCounter counter;
    PhiloxKey key;
    PhiloxCounter expected;
};

class PhiloxKnownAnswers : public ::testing::TestWithParam<KnownAnswer> {};

// The known-answer vectors of Random123 (kat_vectors, philox4x32 10 rounds).
TEST_P(PhiloxKnownAnswers, MatchesRandom123) {
    const KnownAnswer& row = GetParam();
    EXPECT_EQ(gumbel::philox4x32_10(row.counter, row.key), row.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Random123, PhiloxKnownAnswers,
    ::testing::Values(KnownAnswer{{0, 0, 0, 0}, {0, 0}, {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}},
                      KnownAnswer{{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
                                  {0xffffffff, 0xffffffff},
                                  {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}},
                      KnownAnswer{{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
                                  {0xa4093822, 0x299f31d0},
                                  {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}}));

TEST(OpenUniform, NeverZeroNorOne) {
    EXPECT_GT(gumbel::openUniform(0, 0), 0.0);
    EXPECT_LT(gumbel::openUniform(0xffffffff, 0xffffffff), 1.0);
    EXPECT_EQ(gumbel::openUniform(0, 0), 0x1.0p-53);
    EXPECT_EQ(gumbel::openUniform(0xffffffff, 0xffffffff), 1.0 - 0x1.0p-53);
    EXPECT_EQ(gumbel::openUniform(0x80000000, 0), 0.5 + 0x1.0p-53);
}
