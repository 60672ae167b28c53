package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Every loop over a result set (`for rows.Next()`) is followed, in the same
// function, by a check of rows.Err(): a result set that breaks off
// mid-stream ends the loop as if it were complete, and only Err tells the
// two apart. Without the check an export, a copy or a count silently
// drops rows.
func TestEveryRowLoopChecksErr(t *testing.T) {
	fset := token.NewFileSet()
	loops := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			ast.Inspect(decl, func(n ast.Node) bool {
				var body *ast.BlockStmt
				switch fn := n.(type) {
				case *ast.FuncDecl:
					body = fn.Body
				case *ast.FuncLit:
					body = fn.Body
				default:
					return true
				}
				if body == nil {
					return true
				}
				for _, loop := range rowLoops(body) {
					loops++
					if !callsErrAfter(body, loop.rows, loop.end) {
						t.Errorf("%s: the loop over %s.Next() is not followed by a check of %s.Err()", fset.Position(loop.pos), loop.rows, loop.rows)
					}
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if loops == 0 {
		t.Fatal("found no row loops at all: the check is not looking at the code")
	}
}

type rowLoop struct {
	rows     string
	pos, end token.Pos
}

// rowLoops finds `for X.Next()` loops directly in body (not in nested
// function literals, which are checked on their own).
func rowLoops(body *ast.BlockStmt) []rowLoop {
	var out []rowLoop
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		loop, ok := n.(*ast.ForStmt)
		if !ok || loop.Cond == nil {
			return true
		}
		cond := loop.Cond
		if b, ok := cond.(*ast.BinaryExpr); ok && b.Op == token.LAND {
			cond = b.X
		}
		if x, ok := nextCall(cond); ok {
			out = append(out, rowLoop{rows: x, pos: loop.Pos(), end: loop.End()})
		}
		return true
	})
	return out
}

// nextCall matches X.Next() with no arguments on an identifier X.
func nextCall(e ast.Expr) (string, bool) {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return "", false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Next" {
		return "", false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", false
	}
	return id.Name, true
}

// callsErrAfter reports whether body calls rows.Err() after pos.
func callsErrAfter(body *ast.BlockStmt, rows string, pos token.Pos) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() < pos {
			return !found
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Err" {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == rows {
				found = true
			}
		}
		return !found
	})
	return found
}
