module example.com/multi_pkg_init_chain

go 1.26
