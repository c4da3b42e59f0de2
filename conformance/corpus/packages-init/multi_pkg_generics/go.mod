module example.com/multi_pkg_generics

go 1.26
