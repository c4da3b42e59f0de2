// Standard input redirected from /dev/null yields EOF immediately.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	sc := bufio.NewScanner(os.Stdin)
	fmt.Println(sc.Scan(), sc.Err())
	var x int
	n, err := fmt.Scan(&x)
	fmt.Println(n, err, x)
}
