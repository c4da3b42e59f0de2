#!/bin/sh
# Regenerates the JUnit tests whose expected values come from running real Go programs.
set -e
cd "$(dirname "$0")"
T=../java/go
go run ./fmtcases > $T/fmt/FmtCasesTest.java
go run ./unicodesig > ../resources/go/unicode-sig.txt
go run ./floatgen -n 3000 -seed 7 | gzip -9 > ../resources/go/floats-seed7.txt.gz
go run ./mathgen | gzip -9 > ../resources/go/math-results.txt.gz
go run ./cmplxgen | gzip -9 > ../resources/go/cmplx-results.txt.gz
go run ./libcases
go run ./timecases
go run ./iocases > ../resources/go/iocases.txt
go run ./oscases > ../resources/go/oscases.txt
go run ./bitsgen > ../java/go/math/bits/BitsCasesTest.java
go run ./misccases > ../resources/go/misccases.txt
go run ./morecases > ../resources/go/morecases.txt
go run ./unicodetables ../../main/resources/go/unicode/tables.txt ../../main/java/go/unicode/Tables.java > /tmp/unicode-decls.go # declarations for goloom/std/unicode/unicode.go
