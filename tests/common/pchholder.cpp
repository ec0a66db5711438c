// The one source of the targets that hold the tests' precompiled Qt headers
// (tests/testfunctions.cmake, mailslot_test_pch); it compiles to nothing.
