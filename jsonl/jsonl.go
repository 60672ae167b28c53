// Package jsonl reads the labelled sets Assay measures itself with: one
// JSON object a line, blank lines skipped, unknown fields refused, and
// every error naming its line.
package jsonl

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/assay-dev/assay/errs"
)

// Read decodes each line into a T and passes it to check, which may
// complete it (resolve names) or refuse it. what names the items in the
// error for an empty set ("answers", "questions"). Errors: errs.Invalid,
// "line N: …" for a bad line, or for a set with no items.
func Read[T any](r io.Reader, op, what string, check func(*T) error) ([]T, error) {
	var out []T
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var item T
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		err := dec.Decode(&item)
		if err == nil {
			err = check(&item)
		}
		if err != nil {
			return nil, errs.E(op, errs.Invalid, "line %d: %v", n, err)
		}
		out = append(out, item)
	}
	if err := sc.Err(); err != nil {
		return nil, errs.Wrap(op, errs.Invalid, err, "reading the set")
	}
	if len(out) == 0 {
		return nil, errs.E(op, errs.Invalid, "%s", fmt.Sprintf("the set has no %s", what))
	}
	return out, nil
}
