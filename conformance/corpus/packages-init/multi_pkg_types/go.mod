module example.com/multi_pkg_types

go 1.26
