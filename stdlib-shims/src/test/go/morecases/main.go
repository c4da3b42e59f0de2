// Prints the results of io/ioutil, path/filepath, log, os/exec, encoding/binary and text/tabwriter scenarios (temporary paths
// printed as DIR); go.io.ioutil.IoutilScenariosTest, go.path.filepath.FilepathScenariosTest,
// go.log.LogScenariosTest, go.os.exec.ExecScenariosTest, go.encoding.binary.BinaryScenariosTest and
// go.text.tabwriter.TabwriterScenariosTest run the same on the shims and
// compare with this output (src/test/resources/go/morecases.txt).
package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io/ioutil"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

var dir string

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "DIR")
}

func ioutilCases() {
	fmt.Println("== ioutil")
	var err error
	dir, err = ioutil.TempDir("", "morecases-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "morecases-"))
	fmt.Println(show(ioutil.WriteFile(dir+"/b.txt", []byte("bee\n"), 0644)))
	fmt.Println(show(ioutil.WriteFile(dir+"/a.txt", []byte("hello"), 0600)))
	fmt.Println(show(os.Mkdir(dir+"/sub", 0755)))
	data, err := ioutil.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %d %s\n", data, cap(data), show(err))
	data, err = ioutil.ReadFile(dir + "/missing")
	fmt.Printf("%q %v %s\n", data, data == nil, show(err))
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.IsDir() || fi.Size() == int64(len(fi.Name()))-1, fi.IsDir(), fi.Mode())
	}
	fmt.Println(len(infos), show(err))
	infos, err = ioutil.ReadDir(dir + "/missing")
	fmt.Println(len(infos), infos == nil, show(err))
	f, err := ioutil.TempFile(dir, "t*.tmp")
	fmt.Println(strings.HasPrefix(filepath.Base(f.Name()), "t"), strings.HasSuffix(f.Name(), ".tmp"), show(err))
	f.Close()
	_, err = ioutil.TempFile(dir+"/missing", "x")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	_, err = ioutil.TempDir(dir, "a/b")
	fmt.Println(show(err))
	all, err := ioutil.ReadAll(strings.NewReader("read all of it"))
	fmt.Printf("%q %d %s\n", all, cap(all), show(err))
	n, err := ioutil.Discard.Write([]byte("discarded"))
	fmt.Println(n, err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
}

func filepathCases() {
	fmt.Println("== filepath")
	for _, p := range []string{"", ".", "/", "//a//b/", "a/./b/../../..", "../a/../../b", "/../x", "a/b/c/../../d", "abc/."} {
		fmt.Printf("%q %q %q %q %q\n", filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p))
	}
	fmt.Println(filepath.Join("a", "", "b/", "../c"), filepath.Join("", ""), filepath.Join("/", "x"))
	d, f := filepath.Split("a/b/c.go")
	fmt.Println(d, f)
	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "a"}, {".", "x/y"}, {"a/b", "/c"}, {"../a", "b"}, {"/", "/a"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("%q %v\n", r, err)
	}
	fmt.Printf("%q %q\n", filepath.SplitList("/bin::/usr/bin"), filepath.SplitList(""))
	fmt.Println(filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"), filepath.IsLocal(""))
	root, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(root)
	os.MkdirAll(root+"/b/skip", 0755)
	os.MkdirAll(root+"/a", 0755)
	os.WriteFile(root+"/a/1.txt", nil, 0644)
	os.WriteFile(root+"/b/skip/2.txt", nil, 0644)
	os.WriteFile(root+"/c.txt", nil, 0644)
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, path)
		fmt.Println(rel, d.IsDir(), err)
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.WalkDir(root+"/none", func(path string, d os.DirEntry, err error) error {
		fmt.Println(d == nil, strings.ReplaceAll(err.Error(), root, "ROOT"))
		return err
	})
	fmt.Println(strings.ReplaceAll(err.Error(), root, "ROOT"))
}

func logCases() {
	fmt.Println("== log")
	var buf bytes.Buffer
	l := log.New(&buf, "pre: ", 0)
	l.Print("a", "b", 1, 2)
	l.Println("a", "b", 1, 2)
	l.Printf("%d-%s", 7, "x")
	l.Print("ends with newline\n")
	l.Print()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[p] ")
	l.Println("msgprefix")
	fmt.Print(buf.String())
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == &buf, log.Flags(), log.Prefix() == "", log.LstdFlags)
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicf("bad %d", 3)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicln("bad", 4)
	}()
	fmt.Print(buf.String()[strings.LastIndex(buf.String(), "[p] bad 3"):])
	var stamped bytes.Buffer
	log.SetOutput(&stamped)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	log.Print("stamped")
	// 2009/01/23 01:23:23.123123 stamped
	s := stamped.String()
	fmt.Println(len(s), s[4] == '/' && s[7] == '/' && s[10] == ' ' && s[13] == ':' && s[19] == '.' && s[26] == ' ', s[27:])
	log.SetOutput(os.Stderr)
	log.SetFlags(log.LstdFlags)
}

func execCases() {
	fmt.Println("== exec")
	out, err := exec.Command("sh", "-c", "echo out; echo err >&2; exit 3").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	ee, ok := err.(*exec.ExitError)
	fmt.Println(ok, ee.ExitCode(), ee.Exited(), ee.Success(), ee.String())
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2; exit 1").Output()
	fmt.Printf("%q %v %q\n", out, err, err.(*exec.ExitError).Stderr)
	cmd := exec.Command("sh", "-c", "cat; echo \"$FOO\"; pwd")
	cmd.Stdin = strings.NewReader("from stdin\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.Env = []string{"FOO=first", "FOO=second"}
	cmd.Dir = "/"
	fmt.Printf("%v %q %q\n", cmd.Run(), stdout.String(), stderr.String())
	fmt.Println(cmd.Run())
	fmt.Println(cmd.Wait())
	c2 := exec.Command("true")
	fmt.Println(c2.Wait())
	c2.Stdout = &stdout
	_, err = c2.Output()
	fmt.Println(err)
	c3 := exec.Command("true")
	c3.Stderr = &stderr
	_, err = c3.CombinedOutput()
	fmt.Println(err)
	_, err = exec.Command("no-such-program-goloom").Output()
	var execErr *exec.Error
	fmt.Println(err, errors.Is(err, exec.ErrNotFound), errors.As(err, &execErr), execErr.Name)
	_, err = exec.LookPath("/no/such/file")
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)
	fmt.Println(exec.Command("sh", "-c", "exit 0").String() == p+" -c exit 0")
	fmt.Println(exec.Command("no-such-program-goloom", "a", "b").String())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(exec.CommandContext(ctx, "sleep", "10").Run())
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50_000_000)
	defer cancel2()
	fmt.Println(exec.CommandContext(ctx2, "sleep", "10").Run())
	cmd = exec.Command("sh", "-c", "exit 0")
	cmd.Dir = "/no/such/dir"
	fmt.Println(cmd.Run())
}

func binaryCases() {
	fmt.Println("== binary")
	b := []byte{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xf8}
	fmt.Println(binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint64(b))
	fmt.Println(binary.BigEndian.Uint16(b), binary.BigEndian.Uint32(b), binary.BigEndian.Uint64(b))
	out := make([]byte, 8)
	binary.LittleEndian.PutUint64(out, 0x8877665544332211)
	fmt.Printf("% x\n", out)
	binary.BigEndian.PutUint32(out, 0xdeadbeef)
	binary.BigEndian.PutUint16(out[4:], 0xcafe)
	fmt.Printf("% x\n", out)
	fmt.Printf("% x\n", binary.BigEndian.AppendUint64([]byte{9}, 1))
	fmt.Printf("% x\n", binary.LittleEndian.AppendUint32(nil, 0x01020304))
	fmt.Printf("% x\n", binary.LittleEndian.AppendUint16(nil, 0xabcd))
	fmt.Println(binary.LittleEndian, binary.BigEndian.String())
	var order binary.ByteOrder = binary.BigEndian
	fmt.Println(order.Uint16([]byte{1, 2}), order)
	for _, x := range []uint64{0, 1, 127, 128, 300, 1<<63 - 1, 1 << 63, 1<<64 - 1} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, x)
		v, m := binary.Uvarint(buf[:n])
		fmt.Printf("%d % x %d %d %x\n", x, buf[:n], v, m, binary.AppendUvarint(nil, x))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, -1 << 63, 1<<63 - 1} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, x)
		v, m := binary.Varint(buf[:n])
		fmt.Printf("%d % x %d %d %x\n", x, buf[:n], v, m, binary.AppendVarint(nil, x))
	}
	fmt.Println(binary.Uvarint(nil))
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	func() {
		defer func() { fmt.Println(recover()) }()
		binary.BigEndian.Uint32([]byte{1, 2})
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		binary.LittleEndian.PutUint64(make([]byte, 3), 1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		binary.PutUvarint(make([]byte, 1), 300)
	}()
}

// tabwriterCase writes text in pieces to a tabwriter with the given settings and prints the result.
func tabwriterCase(minwidth, tabwidth, padding int, padchar byte, flags uint, pieces ...string) {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, minwidth, tabwidth, padding, padchar, flags)
	for _, p := range pieces {
		w.Write([]byte(p))
	}
	err := w.Flush()
	fmt.Printf("%q %v\n", buf.String(), err)
}

func tabwriterCases() {
	fmt.Println("== tabwriter")
	tabwriterCase(0, 8, 1, '.', 0, "a\tb\tc\n", "aa\tbbb\tc\n", "aaaa\tb\n")
	tabwriterCase(5, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug, "item\tqty\tprice\t\n", "apple\t3\t0.50\t\nwatermelon\t1\t3.25\t\n")
	tabwriterCase(0, 8, 1, '\t', tabwriter.AlignRight, "x\ty\nlonger text\tz\n")
	tabwriterCase(0, 4, 0, '\t', tabwriter.TabIndent, "\t\tindented\tcol\n\tless\tc\n")
	tabwriterCase(0, 8, 1, '-', tabwriter.DiscardEmptyColumns, "a\v\vb\tc\n", "d\v\ve\tf\n")
	tabwriterCase(0, 8, 1, '.', tabwriter.Debug, "a\tb\fc\td\n", "single line\n", "trailing\tno newline")
	tabwriterCase(0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\n", "plain\tyy\tz\n")
	tabwriterCase(0, 8, 1, '.', tabwriter.StripEscape, "\xffa\tb\xff\tc\n", "dd\te\n")
	tabwriterCase(0, 8, 1, '.', 0, "\xffa\tb\xff\tc\n", "h\u00e9llo\tx\n", "dd\te\n")
	tabwriterCase(2, 8, 0, '*', 0, "\t\n", "\tx\n", "a\t\tb\n")
	func() {
		defer func() { fmt.Println(recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
}

func main() {
	ioutilCases()
	filepathCases()
	logCases()
	execCases()
	binaryCases()
	tabwriterCases()
}
