module example.com/multi_pkg_std_import_order

go 1.24
