#pragma once
// Runs a parsed gumbel-cli command, writing its rows to `out`.
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli/CliOptions.h"
#include "core/Result.h"

namespace gumbel::cli {

Status runCli(const CliOptions& options, std::FILE* out);

// The whole program: parse, run, report. Returns the exit status
// (0 ok, 2 bad input or failure, with one line on `err`).
int cliMain(const std::vector<std::string>& args, std::FILE* out, std::FILE* err);

}  // namespace gumbel::cli
