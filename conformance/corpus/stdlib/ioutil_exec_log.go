// io/ioutil files in a temporary directory, os/exec running sh with captured output and exit
// status, and log to stderr with a prefix and no timestamps; log.Fatalf exits with status 1.
package main

import (
	"bytes"
	"fmt"
	"io/ioutil"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "corpus")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "greeting.txt")
	if err := ioutil.WriteFile(name, []byte("hello from a file\n"), 0644); err != nil {
		log.Fatal(err)
	}
	data, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	infos, _ := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode())
	}
	out, err := exec.Command("sh", "-c", "cat "+name+"; echo oops >&2; exit 4").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout\n")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String())
	log.SetFlags(0)
	log.SetPrefix("corpus: ")
	log.Println("to stderr", 1, 2)
	log.Fatalf("fatal: %s", "bye")
}
