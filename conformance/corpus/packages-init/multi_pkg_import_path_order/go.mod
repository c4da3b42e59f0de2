module example.com/multi_pkg_import_path_order

go 1.26
