package jsonl_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jsonl"
)

type item struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

func read(s string) ([]item, error) {
	return jsonl.Read(strings.NewReader(s), "test", "items", func(it *item) error {
		if it.Name == "" {
			return errors.New("needs a name")
		}
		it.N++ // check may complete an item
		return nil
	})
}

// Blank lines are skipped, check completes each item, and every refusal
// names its line and is errs.Invalid.
func TestReadNamesTheLine(t *testing.T) {
	t.Parallel()
	got, err := read("{\"name\":\"a\",\"n\":1}\n\n  \n{\"name\":\"b\"}\n")
	if err != nil || len(got) != 2 || got[0].N != 2 || got[1].Name != "b" || got[1].N != 1 {
		t.Fatalf("%+v %v", got, err)
	}
	for in, want := range map[string]string{
		"{\"name\":\"a\"}\n{\"name\":\"\"}": "line 2: needs a name",
		"{\"name\":\"a\",\"extra\":true}":   "line 1: json: unknown field",
		"{\"name\":\"a\"}\n\nnot json":      "line 3: ",
		"":                                  "the set has no items",
		"{\"name\":\"a\"}\n" + strings.Repeat("x", 2<<20): "reading the set",
	} {
		_, err := read(in)
		if err == nil || !strings.Contains(err.Error(), want) || errs.KindOf(err) != errs.Invalid {
			t.Errorf("%.40q: %v, want %q (Invalid)", in, err, want)
		}
	}
}

// Every bad line is named, not only the first.
func TestReadNamesEveryBadLine(t *testing.T) {
	t.Parallel()
	_, err := read("{\"name\":\"\"}\n{\"name\":\"a\"}\n{\"name\":1}\n")
	if err == nil || !strings.Contains(err.Error(), "line 1: needs a name") || !strings.Contains(err.Error(), "line 3: ") {
		t.Errorf("%v", err)
	}
}
