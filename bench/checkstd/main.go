// Command checkstd type-checks packages of the standard library with go/types, function bodies
// included, and prints how long that takes: the reference for goloom's own checker
// (goloom check std). Packages are found with go/build for linux/amd64 with cgo off, parsed
// with go/parser and checked once each, imports first, with the same side tables goloom's
// checker fills (types, definitions, uses, selections, implicits, instances, scopes).
//
// Usage: go run . [-noinfo] [packages]   (default: std, as listed by go list std)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// checker loads and checks packages on demand; it is the types.ImporterFrom of every package it checks.
type checker struct {
	ctxt      build.Context             // linux/amd64, cgo off
	fset      *token.FileSet            // positions of every parsed file
	checked   map[string]*types.Package // by import path; nil while a package is being checked
	noInfo    bool                      // whether to skip recording the side tables
	files     int                       // files parsed
	lines     int                       // lines parsed
	errors    int                       // type errors reported
	parseTime time.Duration             // time spent reading and parsing
}

func (c *checker) Import(path string) (*types.Package, error) {
	return c.ImportFrom(path, "", 0)
}

func (c *checker) ImportFrom(path, dir string, _ types.ImportMode) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	bp, err := c.ctxt.Import(path, dir, 0)
	if err != nil {
		return nil, err
	}
	if p, ok := c.checked[bp.ImportPath]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through %s", bp.ImportPath)
		}
		return p, nil
	}
	c.checked[bp.ImportPath] = nil
	var files []*ast.File
	start := time.Now()
	for _, name := range bp.GoFiles {
		filename := filepath.Join(bp.Dir, name)
		src, err := os.ReadFile(filename)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(c.fset, filename, src, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		c.files++
		c.lines += bytes.Count(src, []byte("\n"))
	}
	c.parseTime += time.Since(start)
	conf := types.Config{
		Importer: c,
		Sizes:    types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			c.errors++
			if c.errors <= 20 {
				fmt.Fprintln(os.Stderr, err)
			}
		},
	}
	var info *types.Info
	if !c.noInfo {
		info = &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Implicits:  map[ast.Node]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
			Scopes:     map[ast.Node]*types.Scope{},
			Instances:  map[*ast.Ident]types.Instance{},
		}
	}
	pkg, _ := conf.Check(bp.ImportPath, c.fset, files, info)
	c.checked[bp.ImportPath] = pkg
	return pkg, nil
}

func main() {
	noInfo := flag.Bool("noinfo", false, "do not record the side tables (types, uses, ...)")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		args = []string{"std"}
	}
	list := exec.Command("go", append([]string{"list"}, args...)...)
	list.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH=amd64")
	out, err := list.Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "go list:", err)
		os.Exit(2)
	}
	paths := strings.Fields(string(out))

	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = "linux", "amd64", false
	c := &checker{ctxt: ctxt, fset: token.NewFileSet(), checked: map[string]*types.Package{}, noInfo: *noInfo}
	start := time.Now()
	srcDir := filepath.Join(ctxt.GOROOT, "src")
	for _, p := range paths {
		if _, err := c.ImportFrom(p, srcDir, 0); err != nil {
			fmt.Fprintln(os.Stderr, err)
			c.errors++
		}
	}
	elapsed := time.Since(start)
	fmt.Printf("go/types: %d packages (%d named), %d files, %d lines: %d errors; %.2f s (loading and parsing %.2f s, checking %.2f s); peak RSS %s\n",
		len(c.checked), len(paths), c.files, c.lines, c.errors,
		elapsed.Seconds(), c.parseTime.Seconds(), (elapsed - c.parseTime).Seconds(), peakRSS())
	if c.errors > 0 {
		os.Exit(1)
	}
}

// peakRSS reads the process's high-water mark of resident memory (Linux).
func peakRSS() string {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:"))
		}
	}
	return "unknown"
}
