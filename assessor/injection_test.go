package assessor

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

type injectionCase struct {
	Text      string `json:"text"`
	Injection bool   `json:"injection"`
	Lang      string `json:"lang"`
}

func loadInjection(t *testing.T, path string) []injectionCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []injectionCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c injectionCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// scoreInjection returns recall over the attempts and the false-positive
// rate over the ordinary answers, logging every miss and false alarm.
func scoreInjection(t *testing.T, cases []injectionCase) (recall, fpr float64, attempts, ordinary int) {
	t.Helper()
	var hit, fp int
	for _, c := range cases {
		got := InstructionsIn(c.Text)
		if c.Injection {
			attempts++
			if got {
				hit++
			} else {
				t.Logf("missed (%s): %s", c.Lang, c.Text)
			}
		} else {
			ordinary++
			if got {
				fp++
				t.Logf("false alarm (%s): %s", c.Lang, c.Text)
			}
		}
	}
	return float64(hit) / float64(attempts), float64(fp) / float64(ordinary), attempts, ordinary
}

// The labelled set: at least 40 attempts in several languages and 40
// ordinary answers that mention levels, ratings and instructions in
// passing. Targets: recall ≥ 0.9, false positives ≤ 0.05.
func TestInjectionFlagOnTheLabelledSet(t *testing.T) {
	t.Parallel()
	recall, fpr, n, m := scoreInjection(t, loadInjection(t, "testdata/injection.jsonl"))
	t.Logf("labelled set: recall %.3f over %d attempts, false positives %.3f over %d answers", recall, n, fpr, m)
	if n < 40 || m < 40 {
		t.Errorf("the set has %d attempts and %d ordinary answers; it needs 40 of each", n, m)
	}
	if recall < 0.9 || fpr > 0.05 {
		t.Errorf("recall %.3f (want ≥ 0.9), false positives %.3f (want ≤ 0.05)", recall, fpr)
	}
}

// The held-out set was written and committed before the detector was
// tuned and run once after; its figures are the honest ones (README). The
// floors below sit under that one run, to catch a regression, not to
// claim a result.
func TestInjectionFlagOnTheHeldOutSet(t *testing.T) {
	t.Parallel()
	recall, fpr, n, m := scoreInjection(t, loadInjection(t, "testdata/injection-heldout.jsonl"))
	t.Logf("held-out set: recall %.3f over %d attempts, false positives %.3f over %d answers", recall, n, fpr, m)
	if recall < heldOutRecallFloor || fpr > heldOutFPCeiling {
		t.Errorf("held-out recall %.3f (floor %.2f), false positives %.3f (ceiling %.2f)", recall, heldOutRecallFloor, fpr, heldOutFPCeiling)
	}
}

const (
	heldOutRecallFloor = 0.93
	heldOutFPCeiling   = 0.034
)
