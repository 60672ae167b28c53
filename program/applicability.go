package program

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// Reason says why a control is excluded from the assessment, as a
// Statement of Applicability records it.
type Reason string

// Reasons for an exclusion.
const (
	ReasonLegal       Reason = "legal"       // a legal or regulatory requirement
	ReasonContractual Reason = "contractual" // a contract or agreement
	ReasonBusiness    Reason = "business"    // a business decision
	ReasonRisk        Reason = "risk"        // the outcome of the risk assessment
	ReasonRole        Reason = "role"        // not in the organisation's role (ISO 42001)
)

// Reasons lists the reason codes with what each means, in order.
var Reasons = []struct {
	Code Reason
	Text string
}{
	{ReasonLegal, "legal or regulatory requirement"},
	{ReasonContractual, "contractual obligation"},
	{ReasonBusiness, "business decision"},
	{ReasonRisk, "risk assessment outcome"},
	{ReasonRole, "not in the organisation's role"},
}

// ReasonText describes a reason code ("" for an unknown one).
func ReasonText(r Reason) string {
	for _, x := range Reasons {
		if x.Code == r {
			return x.Text
		}
	}
	return ""
}

func reasonCodes() string {
	var out []string
	for _, r := range Reasons {
		out = append(out, string(r.Code))
	}
	return strings.Join(out, ", ")
}

// MaxJustification bounds a justification's length.
const MaxJustification = 2000

// Decision says whether a control in scope applies: excluded ones carry a
// reason code and a justification. Who decided, through which door and
// when are kept with it (Door "program" for a program file's section).
type Decision struct {
	Key           catalogs.Key `json:"-"`
	Applicable    bool         `json:"applicable"`
	Reason        Reason       `json:"reason,omitempty"`
	Justification string       `json:"justification,omitempty"`
	DecidedBy     UserID       `json:"approved_by"`
	Door          string       `json:"door,omitempty"`
	DecidedAt     time.Time    `json:"approved_at"`
}

// Check refuses a decision a Statement of Applicability could not show:
// an exclusion without a known reason or a justification, an inclusion
// with a reason, a justification over MaxJustification characters.
func (d *Decision) Check() error {
	const op = "program.Decision"
	d.Justification = strings.TrimSpace(d.Justification)
	if d.DecidedBy == "" {
		return errs.E(op, errs.Invalid, "an applicability decision needs the person who approves it")
	}
	if n := utf8.RuneCountInString(d.Justification); n > MaxJustification {
		return errs.E(op, errs.Invalid, "the justification is %d characters; at most %d", n, MaxJustification)
	}
	if d.Applicable {
		if d.Reason != "" {
			return errs.E(op, errs.Invalid, "a reason code is for exclusions; %s is included", d.Key)
		}
		return nil
	}
	if ReasonText(d.Reason) == "" {
		return errs.E(op, errs.Invalid, "reason %q: one of %s", d.Reason, reasonCodes())
	}
	if d.Justification == "" {
		return errs.E(op, errs.Invalid, "an exclusion needs a justification an auditor can read")
	}
	return nil
}

// DecisionStore keeps applicability decisions (postgres.BotStore,
// sqlite.BotStore). Each is written with its audit log entry.
type DecisionStore interface {
	// Decide stores a checked decision and its audit entry; it sets
	// DecidedAt.
	Decide(ctx context.Context, d *Decision) error
	// Decisions returns each control's newest decision.
	Decisions(ctx context.Context) (map[catalogs.Key]Decision, error)
	// DecisionHistory returns a control's decisions, oldest first.
	DecisionHistory(ctx context.Context, k catalogs.Key) ([]Decision, error)
}

// WithDecisions returns the program with its controls' applicability: for
// each control, the newest of the program file's decision (made by whoever
// applied the file, when they did) and the stored one.
func (p *Program) WithDecisions(stored map[catalogs.Key]Decision) *Program {
	q := *p
	q.decisions = map[catalogs.Key]Decision{}
	for _, d := range p.fileDecisions {
		d.DecidedBy, d.DecidedAt, d.Door = UserID(p.AppliedBy), p.AppliedAt, "program"
		q.decisions[d.Key] = d
	}
	for k, d := range stored {
		if !p.Covers(k) {
			continue
		}
		if f, ok := q.decisions[k]; ok && f.DecidedAt.After(d.DecidedAt) {
			continue
		}
		q.decisions[k] = d
	}
	return &q
}

// Applicable reports whether a control in scope applies: it does unless
// an exclusion is in force.
func (p *Program) Applicable(k catalogs.Key) bool {
	d, ok := p.decisions[k]
	return !ok || d.Applicable
}

// DecisionFor returns the applicability decision in force for a control.
func (p *Program) DecisionFor(k catalogs.Key) (Decision, bool) {
	d, ok := p.decisions[k]
	return d, ok
}

// Excluded lists the program's excluded controls, in catalog order.
func (p *Program) Excluded() []catalogs.Control {
	var out []catalogs.Control
	for _, c := range p.InScope() {
		if !p.Applicable(c.Key()) {
			out = append(out, c)
		}
	}
	return out
}

// applicability: the file's applicability decisions, each a control with
// applicable true or false, and for exclusions a reason and justification.
func (b *binder) applicability() error {
	n := get(b.root, "applicability")
	if n == nil {
		return nil
	}
	file := b.file
	if n.Kind != yaml.SequenceNode {
		return perr(file, n.Line, "applicability: a list of {control, applicable, reason, justification}")
	}
	seen := map[catalogs.Key]int{}
	for _, item := range n.Content {
		if err := checkKeys(file, item, []string{"control", "applicable", "reason", "justification"}); err != nil {
			return err
		}
		ctl, app := get(item, "control"), get(item, "applicable")
		if ctl == nil || app == nil {
			return perr(file, item.Line, "an applicability entry needs control (framework:ref) and applicable (true or false)")
		}
		if app.Kind != yaml.ScalarNode || (app.Value != "true" && app.Value != "false") {
			return perr(file, app.Line, "applicable: true or false")
		}
		fw, ref, ok := strings.Cut(ctl.Value, ":")
		if !ok {
			return perr(file, ctl.Line, "control %q: write it framework:ref (iso42001-2023:A.10.4)", ctl.Value)
		}
		c, err := b.set.Resolve(fw, ref)
		if err != nil {
			return perr(file, ctl.Line, "%s", errs.Message(err))
		}
		if !b.p.Covers(c.Key()) {
			return perr(file, ctl.Line, "%s is not in the program's scope", c.Key())
		}
		if first, ok := seen[c.Key()]; ok {
			return perr(file, item.Line, "a second decision for %s (the first is on line %d)", c.Key(), first)
		}
		seen[c.Key()] = item.Line
		d := Decision{Key: c.Key(), Applicable: app.Value == "true", DecidedBy: "program"}
		if r := get(item, "reason"); r != nil {
			d.Reason = Reason(r.Value)
		}
		if j := get(item, "justification"); j != nil {
			d.Justification = j.Value
		}
		if err := d.Check(); err != nil {
			return perr(file, item.Line, "%s", errs.Message(err))
		}
		b.p.fileDecisions = append(b.p.fileDecisions, d)
	}
	return nil
}

// Summary counts a framework's controls in scope and applicable.
func (p *Program) Summary(fw catalogs.FrameworkID) (inScope, applicable int) {
	for _, c := range p.InScope() {
		if c.Framework != fw {
			continue
		}
		inScope++
		if p.Applicable(c.Key()) {
			applicable++
		}
	}
	return inScope, applicable
}

// String renders a decision for people: "excluded (business decision): …".
func (d Decision) String() string {
	if d.Applicable {
		return "applicable"
	}
	return fmt.Sprintf("excluded (%s): %s", ReasonText(d.Reason), d.Justification)
}

// AuditAction is the audit log's action for an applicability decision.
const AuditAction = "applicability"

// AuditEntry is the audit log's entry for a decision: it concerns no
// draft; After holds the control and the decision.
func (d *Decision) AuditEntry() *assessor.Entry {
	after, _ := json.Marshal(struct {
		Control string `json:"control"`
		Decision
	}{d.Key.String(), *d})
	return &assessor.Entry{Actor: d.DecidedBy, Door: d.Door, Action: AuditAction, After: string(after)}
}

// CoversFramework reports whether a framework is in the program's scope.
func (p *Program) CoversFramework(fw catalogs.FrameworkID) bool {
	return slices.Contains(p.Frameworks(), fw)
}
