# A translation (.ts) is complete: every message has a finished, non-empty translation, and none is left over from
# strings that no longer exist. Usage: cmake -DTS_FILE=<file.ts> -P check_translations.cmake
if(NOT EXISTS "${TS_FILE}")
  message(FATAL_ERROR "no such translation: ${TS_FILE}")
endif()
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
list(LENGTH messages count)
string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" open "${ts}")
string(REGEX MATCHALL "<translation[^>]*/>|<translation[^>]*></translation>" empty "${ts}")
list(LENGTH open unfinished)
list(LENGTH empty blank)
if(count EQUAL 0 OR NOT unfinished EQUAL 0 OR NOT blank EQUAL 0)
  message(FATAL_ERROR "${TS_FILE}: ${count} messages, ${unfinished} unfinished or obsolete, ${blank} empty "
                      "(update it with the update_translations target and translate what it marks unfinished)")
endif()
message(STATUS "${TS_FILE}: ${count} messages, all translated")
