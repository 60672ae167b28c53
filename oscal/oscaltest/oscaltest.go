// Package oscaltest validates documents against NIST's OSCAL 1.1.3
// complete JSON schema (oscal/testdata; see its SOURCE.md), for the tests
// of every package that writes OSCAL.
package oscaltest

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	once   sync.Once
	schema *jsonschema.Schema
	err    error
)

func load() {
	_, here, _, _ := runtime.Caller(0)
	f, ferr := os.Open(filepath.Join(filepath.Dir(here), "..", "testdata", "oscal_complete_schema-1.1.3.json"))
	if ferr != nil {
		err = ferr
		return
	}
	defer f.Close()
	raw, uerr := jsonschema.UnmarshalJSON(f)
	if uerr != nil {
		err = uerr
		return
	}
	c := jsonschema.NewCompiler()
	if err = c.AddResource("oscal.json", raw); err != nil {
		return
	}
	schema, err = c.Compile("oscal.json")
}

// Check reports why a document is not valid OSCAL 1.1.3 (nil when it is).
func Check(doc []byte) error {
	once.Do(load)
	if err != nil {
		return err
	}
	v, uerr := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if uerr != nil {
		return uerr
	}
	return schema.Validate(v)
}

// Validate fails the test unless doc is valid OSCAL 1.1.3.
func Validate(t testing.TB, doc []byte) {
	t.Helper()
	if err := Check(doc); err != nil {
		t.Fatalf("not valid OSCAL 1.1.3: %v", err)
	}
}
