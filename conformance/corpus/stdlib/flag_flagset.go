// FlagSet parsing, usage texts, error messages and PrintDefaults from the flag package.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// listValue is a custom flag.Value collecting comma-separated items.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }

func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty list")
	}
	*l = append(*l, strings.Split(s, ",")...)
	return nil
}

// demo is a flag set and the variables of its flags.
type demo struct {
	fs   *flag.FlagSet
	n    *int
	name *string
	v    *bool
	d    *time.Duration
	u    *uint64
	list *listValue
}

func newSet() demo {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 7, "number of `items` to make")
	name := fs.String("name", "anon", "who to greet")
	v := fs.Bool("v", false, "verbose")
	d := fs.Duration("wait", 1500*time.Millisecond, "how long to wait\nbefore giving up")
	u := fs.Uint64("big", 0, "a large number")
	var list listValue
	fs.Var(&list, "list", "comma-separated items")
	fs.Float64("ratio", 0, "ratio")
	fs.String("empty", "", "no default shown")
	return demo{fs, n, name, v, d, u, &list}
}

func try(args ...string) {
	ds := newSet()
	fs, n, name, v, d, u, list := ds.fs, ds.n, ds.name, ds.v, ds.d, ds.u, ds.list
	fmt.Printf("--- %q\n", args)
	err := fs.Parse(args)
	fmt.Println("err:", err, "help:", err == flag.ErrHelp)
	fmt.Println(*n, *name, *v, *d, *u, *list, fs.NFlag(), fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5) == "")
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
}

func main() {
	try("-n", "3", "-name=Bob", "-v", "--wait=2s", "-list", "a,b", "-list=c", "rest", "-n=9")
	try("-n=0x1f", "-big=18446744073709551615", "--", "-v")
	try("-n=abc")
	try("-n=99999999999999999999")
	try("-big=-1")
	try("-v=maybe")
	try("-undefined")
	try("-name")
	try("---x")
	try("-=x")
	try("-h")
	try("-help")
	try("-wait=soon")
	try("-list=")
	try("-", "x")

	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	calls := 0
	fs.Func("f", "called with each `value`", func(s string) error {
		calls++
		if s == "bad" {
			return fmt.Errorf("refused %q", s)
		}
		return nil
	})
	fs.BoolFunc("b", "boolean func", func(s string) error { fmt.Println("b got", s); return nil })
	fmt.Println(fs.Parse([]string{"-f", "one", "-b", "-b=false", "-f=bad"}), calls)
	fs.PrintDefaults()
	fmt.Println(fs.Name() == "", fs.ErrorHandling() == flag.ContinueOnError, fs.Parsed())

	g := newSet().fs
	fmt.Println(g.Set("n", "12"), g.Lookup("n").Value, g.Lookup("nope") == nil)
	fmt.Println(g.Set("nope", "1"))
	if gv, ok := g.Lookup("n").Value.(flag.Getter); ok {
		fmt.Printf("%T %v\n", gv.Get(), gv.Get())
	}
	g.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("%s: %q %q\n", f.Name, name, usage)
	})

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g.Int("n", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g.Int("-x", 1, "dash")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g.Int("a=b", 1, "equals")
	}()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-zz"})
	}()
	e := flag.NewFlagSet("e", flag.ExitOnError)
	e.SetOutput(os.Stdout)
	e.Usage = func() { fmt.Println("custom usage") }
	e.Parse([]string{"-nope"})
	fmt.Println("not reached")
}
