// Prints the results of io, bytes, strings.Reader/Replacer and bufio scenarios; the JUnit tests
// go.io.IoScenariosTest, go.bytes.BytesScenariosTest and go.bufio.BufioScenariosTest run the
// same scenarios on the shims and compare with this output (src/test/resources/go/iocases.txt).
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunky returns at most n bytes per Read, so no WriterTo/ReaderFrom shortcut applies.
type chunky struct {
	r io.Reader
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(p) > c.n {
		p = p[:c.n]
	}
	return c.r.Read(p)
}

// plainWriter has only Write, so callers cannot use WriteString or ReadFrom.
type plainWriter struct{ b *bytes.Buffer }

func (w plainWriter) Write(p []byte) (int, error) { return w.b.Write(p) }

// shortWriter accepts at most n bytes per call, without an error.
type shortWriter struct{ n int }

func (w shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

// sink makes values escape, so Go allocates them on the heap as goloom always does.
var sink any

func section(name string) { fmt.Printf("== %s\n", name) }

func main() {
	section("io.ReadFull")
	r := strings.NewReader("hello world")
	buf := make([]byte, 5)
	for i := 0; i < 4; i++ {
		n, err := io.ReadFull(r, buf)
		fmt.Printf("%d %v %q\n", n, err, buf[:n])
	}
	n, err := io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 2), 3)
	fmt.Printf("%d %v\n", n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), make([]byte, 10), 3)
	fmt.Printf("%d %v\n", n, err)

	section("io.ReadAll")
	for _, size := range []int{0, 10, 511, 512, 513, 1000, 5000, 20000} {
		data, err := io.ReadAll(&chunky{strings.NewReader(strings.Repeat("x", size)), 700})
		fmt.Println(len(data), cap(data), err)
	}

	section("io.Copy")
	var dst bytes.Buffer
	w, err := io.Copy(&dst, strings.NewReader("copy me"))
	fmt.Println(w, err, dst.String())
	w, err = io.Copy(plainWriter{&dst}, &chunky{strings.NewReader("0123456789"), 3})
	fmt.Println(w, err, dst.String())
	w, err = io.CopyN(&dst, strings.NewReader("abcdef"), 4)
	fmt.Println(w, err, dst.String())
	w, err = io.CopyN(&dst, strings.NewReader("xy"), 4)
	fmt.Println(w, err, dst.String())
	w, err = io.Copy(shortWriter{2}, &chunky{strings.NewReader("abcdef"), 3})
	fmt.Println(w, err)
	w, err = io.CopyBuffer(plainWriter{&dst}, &chunky{strings.NewReader("buffered"), 100}, make([]byte, 3))
	fmt.Println(w, err, dst.String())
	w, err = io.Copy(io.Discard, &chunky{strings.NewReader(strings.Repeat("d", 100000)), 1000})
	fmt.Println(w, err)

	section("io.LimitReader")
	data, err := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Printf("%q %v\n", data, err)
	lr := &io.LimitedReader{R: strings.NewReader("abc"), N: 2}
	n, err = lr.Read(make([]byte, 10))
	fmt.Println(n, err, lr.N)
	n, err = lr.Read(make([]byte, 10))
	fmt.Println(n, err, lr.N)

	section("io.MultiReader")
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cdefg"))
	p := make([]byte, 3)
	for {
		n, err := mr.Read(p)
		fmt.Printf("%d %v %q\n", n, err, p[:n])
		if err != nil {
			break
		}
	}
	var mdst bytes.Buffer
	w, err = io.Copy(&mdst, io.MultiReader(strings.NewReader("one "), strings.NewReader("two")))
	fmt.Println(w, err, mdst.String())

	section("io.MultiWriter")
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, plainWriter{&b2})
	n, err = io.WriteString(mw, "to both")
	fmt.Println(n, err, b1.String(), b2.String())
	n, err = mw.Write([]byte("!"))
	fmt.Println(n, err, b1.String(), b2.String())
	n, err = io.MultiWriter(&b1, shortWriter{1}).Write([]byte("xyz"))
	fmt.Println(n, err)

	section("io.TeeReader")
	var tee bytes.Buffer
	data, err = io.ReadAll(io.TeeReader(strings.NewReader("tee data"), &tee))
	fmt.Printf("%q %v %q\n", data, err, tee.String())

	section("io.WriteString")
	var ws bytes.Buffer
	n, err = io.WriteString(plainWriter{&ws}, "plain")
	fmt.Println(n, err, ws.String())

	section("io.Pipe")
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("abc"))
		pw.Write([]byte("defgh"))
		pw.Close()
	}()
	p = make([]byte, 2)
	for {
		n, err := pr.Read(p)
		fmt.Printf("%d %v %q\n", n, err, p[:n])
		if err != nil {
			break
		}
	}
	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("xy"))
		pw2.CloseWithError(errors.New("custom failure"))
	}()
	data, err = io.ReadAll(pr2)
	fmt.Printf("%q %v\n", data, err)
	pr3, pw3 := io.Pipe()
	pr3.Close()
	n, err = pw3.Write([]byte("late"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	n, err = pr3.Read(make([]byte, 1))
	fmt.Println(n, err)

	section("strings.Reader")
	sr := strings.NewReader("héllo")
	fmt.Println(sr.Len(), sr.Size())
	for i := 0; i < 3; i++ {
		ch, size, err := sr.ReadRune()
		fmt.Println(ch, size, err)
	}
	fmt.Println(sr.UnreadRune(), sr.UnreadRune(), sr.Len())
	c, err := sr.ReadByte()
	fmt.Println(c, err, sr.UnreadByte())
	pos, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(sr)
	fmt.Printf("%q %v\n", rest, err)
	pos, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = sr.Seek(0, 7)
	fmt.Println(pos, err)
	at := make([]byte, 4)
	n, err = sr.ReadAt(at, 3)
	fmt.Printf("%d %v %q\n", n, err, at[:n])
	n, err = sr.ReadAt(at, -1)
	fmt.Println(n, err)
	sr.Reset("new")
	fmt.Println(sr.UnreadByte())
	var srDst bytes.Buffer
	w, err = sr.WriteTo(&srDst)
	fmt.Println(w, err, srDst.String(), sr.Len())

	section("strings.Replacer")
	for _, args := range [][]string{
		{"a", "1", "b", "2"},
		{"hello", "HI", "he", "X"},
		{"he", "X", "hello", "HI"},
		{"", "-"},
		{"", "-", "l", "L"},
		{"l", "L", "", "-"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"aaa", "3", "aa", "2", "a", "1"},
		{"a", "b", "a", "c"},
	} {
		rep := strings.NewReplacer(args...)
		for _, s := range []string{"", "hello", "abba", "<a&b>", "aaaaaaa", "héllo"} {
			fmt.Printf("%q %q -> %q\n", args, s, rep.Replace(s))
		}
	}
	var repOut bytes.Buffer
	n, err = strings.NewReplacer("x", "yy").WriteString(&repOut, "axbx")
	fmt.Println(n, err, repOut.String())

	section("strings.Title")
	for _, s := range []string{"hello world", "her royal highness", "ǆungla 3rd_place x-ray", "", "çà va"} {
		fmt.Printf("%q\n", strings.Title(s))
	}

	section("bytes.Buffer")
	var bb bytes.Buffer
	fmt.Println(bb.Len(), bb.Cap(), bb.String())
	bb.WriteString("hello")
	fmt.Println(bb.Len(), bb.Cap(), bb.String())
	bb.WriteByte(' ')
	bb.WriteRune('w')
	bb.WriteRune('ö')
	bb.Write([]byte("rld"))
	fmt.Println(bb.Len(), bb.Cap(), bb.String())
	bb.WriteString(strings.Repeat("z", 100))
	fmt.Println(bb.Len(), bb.Cap())
	bb.Truncate(8)
	fmt.Printf("%q %d\n", bb.String(), bb.Cap())
	nx := bb.Next(3)
	fmt.Printf("%q %q\n", nx, bb.String())
	fmt.Println(bb.UnreadByte(), bb.String())
	fmt.Println(bb.UnreadByte())
	ch, size, err := bb.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = bb.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = bb.ReadRune()
	fmt.Println(ch, size, err, bb.UnreadRune(), bb.UnreadRune())
	line, err := bb.ReadString('r')
	fmt.Printf("%q %v\n", line, err)
	line, err = bb.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	lb, err := bb.ReadBytes('x')
	fmt.Printf("%q %v %v\n", lb, err, lb == nil)
	n, err = bb.Read(make([]byte, 4))
	fmt.Println(n, err)
	n, err = bb.Read(nil)
	fmt.Println(n, err)
	bb2 := bytes.NewBufferString("grow")
	sink = bb2
	fmt.Println(bb2.Len(), bb2.Cap())
	bb2.Grow(100)
	fmt.Println(bb2.Len(), bb2.Cap())
	for i := 0; i < 10; i++ {
		bb2.WriteString(strings.Repeat("g", 37))
		fmt.Print(bb2.Cap(), " ")
	}
	fmt.Println()
	bb3 := bytes.NewBuffer(make([]byte, 0, 10))
	rf, err := bb3.ReadFrom(&chunky{strings.NewReader(strings.Repeat("r", 1500)), 400})
	fmt.Println(rf, err, bb3.Len(), bb3.Cap())
	var wt bytes.Buffer
	wn, err := bb3.WriteTo(&wt)
	fmt.Println(wn, err, bb3.Len(), wt.Len())
	fmt.Println(bb3.ReadByte())
	sm := bytes.NewBufferString("small")
	sink = sm
	for sm.Len() > 0 {
		b, _ := sm.ReadByte()
		fmt.Print(string(b))
	}
	fmt.Println()
	sm.WriteString("again")
	fmt.Println(sm.Len(), sm.Cap(), sm.Available(), len(sm.AvailableBuffer()), cap(sm.AvailableBuffer()))
	fmt.Println(&bb)
	fmt.Println(bb.String())

	section("bytes.Reader")
	br := bytes.NewReader([]byte("bÿtes"))
	fmt.Println(br.Len(), br.Size())
	ch, size, err = br.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = br.ReadRune()
	fmt.Println(ch, size, err, br.UnreadRune(), br.UnreadRune())
	pos, err = br.Seek(1, io.SeekCurrent)
	fmt.Println(pos, err)
	rest, err = io.ReadAll(br)
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(bytes.NewReader(nil).UnreadByte())

	section("bytes functions")
	bs := []byte("  a,b,,c  ")
	fmt.Printf("%q\n", bytes.Split(bs, []byte(",")))
	for _, x := range bytes.Split(bs, []byte(",")) {
		fmt.Print(len(x), cap(x), " ")
	}
	fmt.Println()
	for _, x := range bytes.Fields(bs) {
		fmt.Print(len(x), cap(x), " ")
	}
	fmt.Println()
	for _, x := range bytes.SplitAfterN(bs, []byte(","), 2) {
		fmt.Printf("%q %d %d ", x, len(x), cap(x))
	}
	fmt.Println()
	for _, x := range bytes.Split([]byte("héllo"), nil) {
		fmt.Printf("%q %d %d ", x, len(x), cap(x))
	}
	fmt.Println()
	es := bytes.SplitN([]byte("héllo"), nil, 3)
	fmt.Printf("%q %d %d\n", es, len(es), cap(es))
	ts := bytes.TrimSpace(bs)
	fmt.Printf("%q %d %d\n", ts, len(ts), cap(ts))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.TrimSpace(nil) == nil, bytes.Trim([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil)
	fmt.Printf("%q %q %q\n", bytes.Trim(bs, " ,a"), bytes.TrimLeft(bs, " "), bytes.TrimRight(bs, " c"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(bs, []byte("  a")), bytes.TrimSuffix(bs, []byte("c  ")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Contains(bs, []byte("b,")), bytes.Index(bs, []byte(",,")), bytes.LastIndexByte(bs, ','), bytes.Count(bs, []byte(",")))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Gö"), []byte("GÖ")), bytes.HasPrefix(bs, []byte("  ")), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexAny(bs, "cb"))
	j := bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", "))
	fmt.Printf("%q %d %d\n", j, len(j), cap(j))
	j = bytes.Join(nil, []byte(", "))
	fmt.Printf("%q %d %d %v\n", j, len(j), cap(j), j == nil)
	up := bytes.ToUpper([]byte("héllo wörld"))
	fmt.Printf("%q %d %d\n", up, len(up), cap(up))
	up = bytes.ToUpper([]byte("hello"))
	fmt.Printf("%q %d %d\n", up, len(up), cap(up))
	rp := bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky"))
	fmt.Printf("%q %d %d\n", rp, len(rp), cap(rp))
	rp = bytes.Replace([]byte("abc"), []byte("z"), []byte("y"), -1)
	fmt.Printf("%q %d %d\n", rp, len(rp), cap(rp))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q\n", bytes.Title([]byte("big deal")))
	fmt.Println(bytes.Runes([]byte("hé")), len(bytes.Repeat([]byte("ab"), 3)), cap(bytes.Repeat([]byte("ab"), 3)))
	mp := bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'ä'
		}
		return r
	}, []byte("banana"))
	fmt.Printf("%q %d %d\n", mp, len(mp), cap(mp))
	fmt.Println(bytes.Clone(nil) == nil, bytes.ContainsRune([]byte("abc"), 'c'), bytes.ContainsAny([]byte("abc"), "xyz"))

	section("bufio.Scanner")
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\r\n\nlast"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("  the quick\tbrown\u00a0fox\u2003jumps\n"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("hé\xffx"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(&chunky{strings.NewReader(strings.Repeat("long line ", 1000) + "\nend"), 999})
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("1,2,3,stop,4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "stop" {
			return i + 1, []byte("STOP"), bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("split failed") })
	fmt.Println(sc.Scan(), sc.Err())

	section("bufio.Reader")
	rd := bufio.NewReaderSize(&chunky{strings.NewReader("first line\nsecond\r\nthird line is long\nlast"), 5}, 16)
	fmt.Println(rd.Size(), rd.Buffered())
	pk, err := rd.Peek(3)
	fmt.Printf("%q %v %d\n", pk, err, rd.Buffered())
	pk, err = rd.Peek(20)
	fmt.Printf("%q %v\n", pk, err)
	s1, err := rd.ReadString('\n')
	fmt.Printf("%q %v\n", s1, err)
	ln, isPrefix, err := rd.ReadLine()
	fmt.Printf("%q %v %v\n", ln, isPrefix, err)
	ln, isPrefix, err = rd.ReadLine()
	fmt.Printf("%q %v %v\n", ln, isPrefix, err)
	ln, isPrefix, err = rd.ReadLine()
	fmt.Printf("%q %v %v\n", ln, isPrefix, err)
	sl, err := rd.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	ln, isPrefix, err = rd.ReadLine()
	fmt.Printf("%q %v %v\n", ln, isPrefix, err)
	rb, err := rd.ReadByte()
	fmt.Println(rb, err, rd.UnreadByte())
	rd = bufio.NewReader(strings.NewReader("añb\ncd"))
	r1, s, err := rd.ReadRune()
	fmt.Println(r1, s, err)
	r1, s, err = rd.ReadRune()
	fmt.Println(r1, s, err, rd.UnreadRune(), rd.UnreadRune())
	bl, err := rd.ReadBytes('\n')
	fmt.Printf("%q %v\n", bl, err)
	dn, err := rd.Discard(1)
	fmt.Println(dn, err)
	dn, err = rd.Discard(5)
	fmt.Println(dn, err)
	s1, err = rd.ReadString('\n')
	fmt.Printf("%q %v\n", s1, err)
	rd = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 5)+"\n"), 16)
	s1, err = rd.ReadString('\n')
	fmt.Printf("%q %v\n", s1, err)
	rd = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 3)+"\nx"), 16)
	for {
		ln, isPrefix, err := rd.ReadLine()
		fmt.Printf("%q %v %v\n", ln, isPrefix, err)
		if err != nil {
			break
		}
	}
	rd = bufio.NewReader(strings.NewReader("read all of it"))
	pb := make([]byte, 4)
	n, err = rd.Read(pb)
	fmt.Printf("%d %v %q\n", n, err, pb[:n])
	var wtDst bytes.Buffer
	w, err = rd.WriteTo(&wtDst)
	fmt.Println(w, err, wtDst.String())

	section("bufio.Writer")
	var wdst bytes.Buffer
	bw := bufio.NewWriterSize(plainWriter{&wdst}, 16)
	fmt.Println(bw.Size(), bw.Available(), bw.Buffered())
	bw.WriteString("hello ")
	bw.WriteByte('w')
	bw.WriteRune('ö')
	fmt.Println(bw.Buffered(), bw.Available(), wdst.Len())
	bw.Write([]byte("rld and more text"))
	fmt.Println(bw.Buffered(), wdst.Len(), wdst.String())
	fmt.Println(bw.Flush(), bw.Buffered(), wdst.String())
	bw.Write([]byte(strings.Repeat("L", 40)))
	fmt.Println(bw.Buffered(), wdst.Len())
	bw.WriteString(strings.Repeat("S", 40))
	fmt.Println(bw.Buffered(), wdst.Len())
	bw.Flush()
	fmt.Println(wdst.Len())
	sw := bufio.NewWriterSize(shortWriter{3}, 16)
	sw.WriteString("0123456789")
	fmt.Println(sw.Flush(), sw.Buffered())
	n, err = sw.WriteString("more")
	fmt.Println(n, err, sw.Flush())
	bw = bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "formatted %d\n", 42)
	bw.WriteString("through bufio to stdout\n")
	bw.Flush()
	var rfDst bytes.Buffer
	bw = bufio.NewWriterSize(plainWriter{&rfDst}, 16)
	rn, err := bw.ReadFrom(&chunky{strings.NewReader(strings.Repeat("q", 50)), 7})
	fmt.Println(rn, err, bw.Buffered(), rfDst.Len())
	bw.Flush()
	fmt.Println(rfDst.Len())
	fmt.Println("end")
}
