// os file operations in the working directory: WriteFile/ReadFile, Create/Seek/Read, Stat, ReadDir, errors with Go's texts.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	fmt.Println(os.WriteFile("notes.txt", []byte("first\nsecond\n"), 0644))
	data, err := os.ReadFile("notes.txt")
	fmt.Printf("%q %v\n", data, err)

	_, err = os.ReadFile("missing.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))

	f, err := os.Create("data.bin")
	fmt.Println(err)
	f.WriteString("0123456789")
	pos, err := f.Seek(-4, io.SeekEnd)
	fmt.Println(pos, err)
	buf := make([]byte, 8)
	n, err := f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	fmt.Println(f.Close())
	fmt.Println(f.Close())

	info, err := os.Stat("data.bin")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	_, err = os.Stat("nope")
	fmt.Println(err)

	fmt.Println(os.MkdirAll("a/b/c", 0755))
	fmt.Println(os.Mkdir("a", 0755))
	fmt.Println(os.Remove("a"))
	entries, err := os.ReadDir(".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	fmt.Println(os.RemoveAll("a"), os.Remove("notes.txt"), os.Remove("data.bin"))
	entries, _ = os.ReadDir(".")
	fmt.Println(len(entries))
}
