// syscall: signal names and numbers, Getpid/Getppid, Getpagesize, and Kill's checks and errors.
package main

import (
	"fmt"
	"syscall"
)

func main() {
	for i := -1; i <= 65; i++ {
		fmt.Printf("%d %q\n", i, syscall.Signal(i).String())
	}
	fmt.Println(syscall.SIGCHLD, syscall.SIGTERM, syscall.SIGKILL, syscall.SIGINT)
	fmt.Printf("%v %d %T %s\n", syscall.SIGHUP, syscall.SIGHUP, syscall.SIGHUP, syscall.SIGUSR1)
	fmt.Println(syscall.Kill(4194305, 0)) // above Linux's largest pid_max: no such process
	fmt.Println(syscall.Kill(syscall.Getpid(), 0), syscall.Getpid() > 0, syscall.Getppid() > 0)
	fmt.Println(syscall.Kill(syscall.Getpid(), syscall.Signal(99)))
	fmt.Println(syscall.Kill(syscall.Getpid(), syscall.SIGCHLD)) // ignored by default
	fmt.Println(syscall.Getpagesize())
}
