// Package jsonl reads JSON Lines: the files Assay ingests and the
// labelled sets it measures itself with. Blank lines are skipped, and
// every malformed line is reported by its number, so none goes unnoticed.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/assay-dev/assay/errs"
)

// Lines calls fn with every non-blank line (trimmed) and its 1-based
// number, and returns the problems fn reports, each prefixed with its
// place ("line N", or "FILE:N" when file is given). A line longer than
// maxLine bytes, or any other read failure, ends the reading: err says
// where.
func Lines(file string, data []byte, maxLine int, fn func(n int, line []byte) string) (problems []string, err error) {
	at := func(n int) string {
		if file != "" {
			return fmt.Sprintf("%s:%d", file, n)
		}
		return fmt.Sprintf("line %d", n)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, min(64<<10, maxLine)), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if p := fn(n, line); p != "" {
			problems = append(problems, fmt.Sprintf("%s: %s", at(n), p))
		}
	}
	if err := sc.Err(); err != nil {
		return problems, fmt.Errorf("%s: %w", at(n+1), err)
	}
	return problems, nil
}

// Summary lists at most ten problems, and how many more there are.
func Summary(problems []string) string {
	if len(problems) > 10 {
		return strings.Join(problems[:10], "; ") + fmt.Sprintf("; and %d more", len(problems)-10)
	}
	return strings.Join(problems, "; ")
}

// maxItemLine is the longest line of a labelled set.
const maxItemLine = 1 << 20

// Read decodes each line of a labelled set into a T, refusing unknown
// fields, and passes it to check, which may complete it (resolve names)
// or refuse it. what names the items in the error for an empty set
// ("answers", "questions"). Errors: errs.Invalid naming every bad line
// ("line N: …"), a set that cannot be read, or one with no items.
func Read[T any](r io.Reader, op, what string, check func(*T) error) ([]T, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, errs.Wrap(op, errs.Invalid, err, "reading the set")
	}
	var out []T
	problems, err := Lines("", data, maxItemLine, func(_ int, line []byte) string {
		var item T
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		err := dec.Decode(&item)
		if err == nil {
			err = check(&item)
		}
		if err != nil {
			return err.Error()
		}
		out = append(out, item)
		return ""
	})
	switch {
	case err != nil:
		return nil, errs.Wrap(op, errs.Invalid, err, "reading the set")
	case len(problems) > 0:
		return nil, errs.E(op, errs.Invalid, "%s", Summary(problems))
	case len(out) == 0:
		return nil, errs.E(op, errs.Invalid, "the set has no %s", what)
	}
	return out, nil
}
