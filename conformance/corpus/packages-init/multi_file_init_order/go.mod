module example.com/multi_file_init_order

go 1.26
