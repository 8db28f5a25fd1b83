// Holds the precompiled Qt Test, Qt Widgets and Eigen headers that every Qt test reuses (tests/CMakeLists.txt).
