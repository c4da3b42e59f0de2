module example.com/multi_pkg_basic

go 1.26
