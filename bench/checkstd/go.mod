module goloom.dev/bench/checkstd

go 1.26
