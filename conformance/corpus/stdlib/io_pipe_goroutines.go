// io.Pipe between goroutines: a producer writes lines, a bufio.Scanner consumes them; CloseWithError reaches the reader.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan error:", sc.Err())

	pr2, pw2 := io.Pipe()
	done := make(chan string)
	go func() {
		n, err := pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
		done <- fmt.Sprint("write: ", n, " ", err)
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr2.Read(buf)
		fmt.Printf("read: %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(<-done)

	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err := pw3.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
}
