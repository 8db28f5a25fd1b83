// gumbel-cli: the engine from the command line, for scripts, teaching material and tests.
#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli/CliRunner.h"

int main(int argc, char** argv) {
    std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes a write error, reported, not a crash
    std::vector<std::string> args(argv + 1, argv + argc);
    return gumbel::cli::cliMain(args, stdout, stderr);
}
