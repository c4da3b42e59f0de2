module example.com/multi_pkg_registry

go 1.26
