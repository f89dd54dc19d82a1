package newsmodel_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportedNamesDocumented checks that every exported name of every
// package in the module has a doc comment, and that every package has a
// doc.go with a package comment.
func TestExportedNamesDocumented(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		if filepath.Base(path) == "doc.go" && f.Doc == nil {
			t.Errorf("%s: no package comment", path)
		}
		checkDecls(t, fset, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dirs, _ := filepath.Glob("*/doc.go")
	for _, pkg := range []string{"article", "entity", "quote", "stance"} {
		if !contains(dirs, filepath.Join(pkg, "doc.go")) {
			t.Errorf("package %s has no doc.go", pkg)
		}
	}
}

// mentions reports whether doc contains name as a whole word.
func mentions(doc, name string) bool {
	for i := strings.Index(doc, name); i >= 0; {
		end := i + len(name)
		before := i == 0 || !isIdentByte(doc[i-1])
		after := end == len(doc) || !isIdentByte(doc[end])
		if before && after {
			return true
		}
		j := strings.Index(doc[end:], name)
		if j < 0 {
			break
		}
		i = end + j
	}
	return false
}

func isIdentByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func checkDecls(t *testing.T, fset *token.FileSet, f *ast.File) {
	undocumented := func(pos token.Pos, name string) {
		t.Errorf("%s: exported %s has no doc comment", fset.Position(pos), name)
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() || d.Doc != nil {
				continue
			}
			if d.Recv != nil && !exportedRecv(d.Recv) {
				continue
			}
			undocumented(d.Pos(), d.Name.Name)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() && s.Doc == nil && d.Doc == nil {
						undocumented(s.Pos(), s.Name.Name)
					}
					if st, ok := s.Type.(*ast.StructType); ok && s.Name.IsExported() {
						typeDoc := s.Doc.Text() + d.Doc.Text()
						for _, fld := range st.Fields.List {
							for _, n := range fld.Names {
								// A field is documented by its own comment or by
								// the type's comment naming it.
								if n.IsExported() && fld.Doc == nil && fld.Comment == nil && !mentions(typeDoc, n.Name) {
									undocumented(n.Pos(), s.Name.Name+"."+n.Name)
								}
							}
						}
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						// A constant or variable in a documented group is
						// documented by the group's comment.
						if n.IsExported() && s.Doc == nil && s.Comment == nil && d.Doc == nil {
							undocumented(n.Pos(), n.Name)
						}
					}
				}
			}
		}
	}
}

func exportedRecv(recv *ast.FieldList) bool {
	if len(recv.List) == 0 {
		return false
	}
	typ := recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	if idx, ok := typ.(*ast.IndexExpr); ok {
		typ = idx.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.IsExported()
}
