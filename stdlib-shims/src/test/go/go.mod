module goloomtestgen

go 1.26
