package oscal_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/oscal"
	"github.com/assay-dev/assay/oscal/oscaltest"
)

// Validate and validate check a document against the OSCAL schema.
var (
	Validate = oscaltest.Validate
	validate = oscaltest.Check
)

// The validator is not one that passes anything: a document missing what
// OSCAL requires, or with a malformed control id, fails it.
func TestTheSchemaRefusesBrokenDocuments(t *testing.T) {
	doc, err := oscal.AssessmentResults(inputs())
	if err != nil {
		t.Fatal(err)
	}
	Validate(t, doc)
	for _, broken := range []string{
		strings.Replace(string(doc), `"import-ap"`, `"import-plan"`, 1),
		strings.Replace(string(doc), `"control-id": "c-6.1.4"`, `"control-id": "6.1.4"`, 1),
		strings.Replace(string(doc), `"state": "satisfied"`, `"state": "fine"`, 1),
	} {
		if broken == string(doc) {
			t.Fatal("the document did not change")
		}
		if validate([]byte(broken)) == nil {
			t.Errorf("a broken document passed:\n%.300s", broken)
		}
	}
}

func lvl(n int) *int { return &n }

func inputs() oscal.Inputs {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	decided := at.Add(-time.Hour)
	iso := func(ref string) catalogs.Key {
		return catalogs.Key{Framework: catalogs.ISO42001, Ref: catalogs.Ref(ref)}
	}
	return oscal.Inputs{Program: "AI governance", Scale: "maturity-0-5", At: at,
		Frameworks: []oscal.Framework{{ID: catalogs.ISO42001, Name: "ISO/IEC 42001:2023"}, {ID: catalogs.AIRMF, Name: "NIST AI RMF 1.0"}},
		Controls: []oscal.Control{
			{Key: iso("A.6.2.4"), Title: "Verification and validation", Target: lvl(3), Owner: "U0ML",
				Rating: &assessor.Draft{ID: "d1", AnswerID: "a1", Framework: catalogs.ISO42001, Ref: "A.6.2.4", Level: lvl(3), FinalLevel: lvl(3),
					Status: assessor.Confirmed, DecidedBy: "U0LEAD", DecidedAt: &decided, Drafter: "gpt-4o-mini", Prompt: "draft-rating.v2"},
				Answer:    &assessor.Answer{ID: "a1", Text: "Every model is validated before release.", Evidence: []string{"https://wiki.example/validation"}, Author: "U0ML", CreatedAt: decided.Add(-time.Hour)},
				Permalink: "https://example.slack.com/archives/D0ML/p1700000000000100"},
			{Key: iso("6.1.4"), Title: "AI system impact assessment", Target: lvl(4), Owner: "U0GRC",
				Rating: &assessor.Draft{ID: "d2", AnswerID: "a2", Framework: catalogs.ISO42001, Ref: "6.1.4", Level: lvl(3), FinalLevel: lvl(2), Reason: "Only one system assessed.",
					Status: assessor.Adjusted, DecidedBy: "U0LEAD", DecidedAt: &decided, Drafter: "gpt-4o-mini", Prompt: "draft-rating.v2",
					Gaps: []string{"Two of three systems have no impact assessment."}, NextSteps: []string{"Assess the churn model."}},
				Answer: &assessor.Answer{ID: "a2", Text: "We assessed the support assistant.", Author: "U0GRC", CreatedAt: decided.Add(-2 * time.Hour)}},
			{Key: iso("A.2.2"), Title: "AI policy", Target: lvl(3)},
			{Key: catalogs.Key{Framework: catalogs.AIRMF, Ref: "GOVERN 1.1"}, Title: "Legal requirements", Target: lvl(3),
				Rating: &assessor.Draft{ID: "d3", Framework: catalogs.AIRMF, Ref: "GOVERN 1.1", Level: lvl(3), FinalLevel: lvl(3), Status: assessor.Confirmed,
					DecidedBy: "U0LEAD", DecidedAt: &decided, Drafter: assessor.CrosswalkDrafter}},
		}}
}

func TestAssessmentResultsAreValidOSCAL(t *testing.T) {
	t.Parallel()
	doc, err := oscal.AssessmentResults(inputs())
	if err != nil {
		t.Fatal(err)
	}
	Validate(t, doc)
	again, _ := oscal.AssessmentResults(inputs())
	if !bytes.Equal(doc, again) {
		t.Error("the same record written twice differs")
	}
	var ar struct {
		AR struct {
			Metadata struct{ Parties []struct{ Name string } }
			Results  []struct {
				Title    string
				Reviewed struct {
					Selections []struct {
						Include []struct {
							ControlID string `json:"control-id"`
						} `json:"include-controls"`
					} `json:"control-selections"`
				} `json:"reviewed-controls"`
				Observations []struct {
					Methods  []string
					Evidence []struct{ Href string } `json:"relevant-evidence"`
				}
				Findings []struct {
					Title  string
					Props  []struct{ Name, Value, NS string }
					Target struct {
						TargetID string `json:"target-id"`
						Status   struct{ State string }
					}
					Origins []struct{ Actors []struct{ Type string } }
				}
			}
		} `json:"assessment-results"`
	}
	if err := json.Unmarshal(doc, &ar); err != nil {
		t.Fatal(err)
	}
	if len(ar.AR.Results) != 2 || len(ar.AR.Results[0].Findings) != 3 || len(ar.AR.Results[1].Findings) != 1 {
		t.Fatalf("results %+v", ar.AR.Results)
	}
	iso := ar.AR.Results[0]
	var ids []string
	for _, c := range iso.Reviewed.Selections[0].Include {
		ids = append(ids, c.ControlID)
	}
	if strings.Join(ids, " ") != "a.6.2.4 c-6.1.4 a.2.2" || ar.AR.Results[1].Reviewed.Selections[0].Include[0].ControlID != "govern-1.1" {
		t.Errorf("control ids %v", ids)
	}
	states := []string{}
	for _, f := range iso.Findings {
		states = append(states, f.Target.Status.State)
	}
	if strings.Join(states, " ") != "satisfied not-satisfied not-satisfied" {
		t.Errorf("finding states %v", states)
	}
	props := map[string]string{}
	for _, p := range iso.Findings[1].Props {
		if p.NS == oscal.NS {
			props[p.Name] = p.Value
		}
	}
	if props["maturity-level"] != "2" || props["target-level"] != "4" || props["drafted-level"] != "3" || props["review-decision"] != "adjusted" ||
		props["drafter"] != "gpt-4o-mini" || props["prompt-version"] != "draft-rating.v2" {
		t.Errorf("Assay's props %v", props)
	}
	if o := iso.Findings[0].Origins; len(o) != 1 || len(o[0].Actors) != 2 || o[0].Actors[0].Type != "tool" || o[0].Actors[1].Type != "party" {
		t.Errorf("origins %+v", o)
	}
	if !strings.Contains(string(doc), `"href": "https://example.slack.com/archives/D0ML/p1700000000000100"`) {
		t.Error("the observation does not link to the answer in Slack")
	}
	if ob := iso.Observations[0]; strings.Join(ob.Methods, ",") != "INTERVIEW,EXAMINE" || len(ob.Evidence) != 1 || iso.Observations[1].Methods[0] != "INTERVIEW" || len(iso.Observations[1].Methods) != 1 {
		t.Errorf("observations %+v", iso.Observations)
	}
	if len(ar.AR.Metadata.Parties) != 3 {
		t.Errorf("parties %+v", ar.AR.Metadata.Parties)
	}
}

func TestPOAMIsValidOSCAL(t *testing.T) {
	t.Parallel()
	doc, err := oscal.POAM(inputs())
	if err != nil {
		t.Fatal(err)
	}
	Validate(t, doc)
	var p struct {
		P struct {
			Items []struct{ Title, Description string } `json:"poam-items"`
		} `json:"plan-of-action-and-milestones"`
	}
	if err := json.Unmarshal(doc, &p); err != nil {
		t.Fatal(err)
	}
	// Below target: 6.1.4 (2 of 4) and A.2.2 (unrated); A.6.2.4 and GOVERN 1.1 meet theirs.
	if len(p.P.Items) != 2 || !strings.Contains(p.P.Items[0].Title, "6.1.4") || !strings.Contains(p.P.Items[0].Description, "Assess the churn model.") ||
		!strings.Contains(p.P.Items[0].Description, "Two of three systems") || !strings.Contains(p.P.Items[1].Description, "ask its owner") {
		t.Errorf("items %+v", p.P.Items)
	}
	// With nothing below target there is no plan to write (OSCAL wants an
	// item): a clear error, not an invalid document.
	in := inputs()
	in.Controls = in.Controls[:1]
	if _, err = oscal.POAM(in); errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), "below a target") {
		t.Errorf("a plan with nothing to do: %v", err)
	}
}

func TestControlIDsAreOSCALTokens(t *testing.T) {
	for ref, want := range map[catalogs.Ref]string{"A.5.2": "a.5.2", "6.1.4": "c-6.1.4", "GOVERN 1.1": "govern-1.1", "AC-2(1)": "ac-2.1", "GV.OC-01": "gv.oc-01"} {
		if got := oscal.ControlID(ref); got != want {
			t.Errorf("ControlID(%q) = %q, want %q", ref, got, want)
		}
	}
}
