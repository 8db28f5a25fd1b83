# Run in place of a checker that was not found when CMake configured: fails, naming the Debian package.
message(FATAL_ERROR "${PROGRAM} was not found: install the Debian package ${PACKAGE} "
                    "(scripts/lib/install-deps.sh lists it), then configure again")
