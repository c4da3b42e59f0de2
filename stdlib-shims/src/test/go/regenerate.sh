#!/bin/sh
# Regenerates the JUnit tests whose expected values come from running real Go programs.
set -e
cd "$(dirname "$0")"
T=../java/go
go run ./fmtcases > $T/fmt/FmtCasesTest.java
