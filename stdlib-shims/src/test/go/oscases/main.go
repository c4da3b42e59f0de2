// Prints the results of os file and environment scenarios in a fresh temporary directory (its
// path printed as DIR); go.os.OsScenariosTest runs the same on the shim and compares with this
// output (src/test/resources/go/oscases.txt).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "oscases-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	p := dir + "/a.txt"

	fmt.Println("== files")
	fmt.Println(show(os.WriteFile(p, []byte("hello\nfile\n"), 0644)))
	data, err := os.ReadFile(p)
	fmt.Printf("%q %d %d %s\n", data, len(data), cap(data), show(err))
	_, err = os.ReadFile(dir + "/missing")
	fmt.Println(show(err), errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, strings.ReplaceAll(pe.Path, dir, "DIR"), pe.Err)
	}
	_, err = os.ReadFile(dir)
	fmt.Println(show(err))
	_, err = os.Open(dir + "/missing")
	fmt.Println(show(err))
	f, err := os.Create(dir + "/b.txt")
	fmt.Println(show(err))
	n, err := f.WriteString("0123456789")
	fmt.Println(n, show(err))
	off, err := f.Seek(3, io.SeekStart)
	fmt.Println(off, show(err))
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Printf("%d %s %q\n", n, show(err), buf[:n])
	n, err = f.ReadAt(buf, 8)
	fmt.Printf("%d %s %q\n", n, show(err), buf[:n])
	off, err = f.Seek(0, io.SeekEnd)
	fmt.Println(off, show(err))
	n, err = f.Read(buf)
	fmt.Println(n, show(err))
	fmt.Println(show(f.Close()))
	fmt.Println(show(f.Close()))
	_, err = f.Write([]byte("x"))
	fmt.Println(show(err), errors.Is(err, os.ErrClosed))
	_, err = f.Read(buf)
	fmt.Println(show(err))
	_, err = os.OpenFile(dir+"/b.txt", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	fmt.Println(show(err), os.IsExist(err), errors.Is(err, os.ErrExist))
	af, _ := os.OpenFile(dir+"/b.txt", os.O_WRONLY|os.O_APPEND, 0)
	af.WriteString("+app")
	af.Close()
	data, _ = os.ReadFile(dir + "/b.txt")
	fmt.Printf("%q\n", data)
	rf, _ := os.Open(dir + "/b.txt")
	_, err = rf.Write([]byte("no"))
	fmt.Println(show(err))
	all, err := io.ReadAll(rf)
	fmt.Printf("%q %s\n", all, show(err))
	rf.Close()

	fmt.Println("== stat")
	st, err := os.Stat(p)
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode(), st.Mode().IsRegular(), st.Mode().Perm(), show(err))
	st, err = os.Stat(dir)
	fmt.Println(st.IsDir(), st.Mode().IsDir(), st.Mode().String()[0:1], show(err))
	_, err = os.Stat(dir + "/nope")
	fmt.Println(show(err))
	_, err = os.Lstat(dir + "/nope")
	fmt.Println(show(err))

	fmt.Println("== dirs")
	fmt.Println(show(os.Mkdir(dir+"/sub", 0755)))
	fmt.Println(show(os.Mkdir(dir+"/sub", 0755)))
	fmt.Println(show(os.MkdirAll(dir+"/sub/x/y/z", 0755)))
	fmt.Println(show(os.MkdirAll(dir+"/sub/x", 0755)))
	fmt.Println(show(os.MkdirAll(p+"/inside", 0755)))
	fmt.Println(show(os.WriteFile(dir+"/sub/x/f", nil, 0600)))
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Print(e.Name(), " ", e.IsDir(), " ")
	}
	fmt.Println(show(err))
	_, err = os.ReadDir(dir + "/nope")
	fmt.Println(show(err))
	fmt.Println(show(os.Remove(dir + "/sub")))
	fmt.Println(show(os.Remove(dir + "/nope")))
	fmt.Println(show(os.RemoveAll(dir + "/sub")))
	fmt.Println(show(os.RemoveAll(dir + "/sub")))
	fmt.Println(show(os.Rename(p, dir+"/c.txt")))
	fmt.Println(show(os.Rename(p, dir+"/c.txt")))
	fmt.Println(show(os.Remove(dir + "/c.txt")))
	entries, _ = os.ReadDir(dir)
	fmt.Println(len(entries))

	fmt.Println("== env")
	fmt.Println(show(os.Setenv("GOLOOM_TEST_VAR", "v1")))
	v, ok := os.LookupEnv("GOLOOM_TEST_VAR")
	fmt.Println(v, ok, os.Getenv("GOLOOM_TEST_VAR"))
	found := false
	for _, kv := range os.Environ() {
		if kv == "GOLOOM_TEST_VAR=v1" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(show(os.Unsetenv("GOLOOM_TEST_VAR")))
	v, ok = os.LookupEnv("GOLOOM_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(show(os.Setenv("", "x")))
	wd, err := os.Getwd()
	fmt.Println(wd != "", show(err))
	fmt.Println("end")
}
