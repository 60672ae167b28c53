package backendtest

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/assay-dev/assay/assessor"
	astoretest "github.com/assay-dev/assay/assessor/storetest"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/contract"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
	rstoretest "github.com/assay-dev/assay/retrieval/storetest"
)

// runExport runs the export and import contract: a copy moves everything,
// a broken result set is an error (never a short export), and a copy
// whose export broke off or came up short verifies nothing.
func runExport(t *testing.T, open Opener) {
	contract.Run(t, open, map[string]func(*testing.T, Opener){
		"CopyMovesEverything":                     copyMovesEverything,
		"CopyRefusesAnEmptySourceAndAFullTarget":  copyRefusesAnEmptySourceAndAFullTarget,
		"ExportsReportABrokenStream":              exportsReportABrokenStream,
		"CopyOverABrokenStreamVerifiesNothing":    copyOverABrokenStreamVerifiesNothing,
		"CopyOfAShortExportFailsNamingWhatIsLost": copyOfAShortExportFailsNamingWhatIsLost,
	})
}

// Populated is what populate stored.
type Populated struct {
	// Undrafted is an answer still waiting for its draft.
	Undrafted assessor.AnswerID
}

// Populate stores a little of everything in b: the built-in catalogs, two
// documents with vectors in two embedding spaces, answers with a drafted,
// a confirmed and an undrafted one (and the audit log they make), and the
// chat side's program, check-in, review post, assignment and digest.
func Populate(t testing.TB, b *backend.Backend) Populated {
	t.Helper()
	ctx := context.Background()
	lib, err := catalogs.OpenLibrary(ctx, b.Catalogs, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	eng := rstoretest.Engine(t, b.Retrieval)
	if _, err := eng.Ingest(ctx, []*retrieval.Document{
		rstoretest.PolicyV1,
		rstoretest.Doc("sp800-53", "standards", catalogs.SP80053,
			rstoretest.Sec("SI-2", "SI-2 Flaw Remediation", "Identify, report, and correct system flaws. Install security-relevant software updates within a defined time."),
			rstoretest.Sec("RA-5", "RA-5 Vulnerability Monitoring and Scanning", "Monitor and scan for vulnerabilities in the system and hosted applications.")),
	}); err != nil {
		t.Fatal(err)
	}
	// A collection searched with parameters of its own.
	if err := b.Retrieval.SetLexicalParams(ctx, "policies", retrieval.LexicalParams{K1: 1.5, B: 0.5, TitleWeight: 2}); err != nil {
		t.Fatal(err)
	}
	// A second embedding space, as after switching models.
	other := rstoretest.Engine(t, b.Retrieval)
	other.Embedder = retrieval.NewOffline(32, func(string) float64 { return 1 })
	if _, err := other.Reindex(ctx); err != nil {
		t.Fatal(err)
	}
	svc := &assessor.Service{Store: b.Assessor, Catalogs: lib.Set, Search: eng.Search, Drafter: assessor.Offline{}}
	validUntil := time.Date(2027, 3, 31, 23, 59, 59, 0, time.UTC)
	var ids []assessor.AnswerID
	for _, a := range []*assessor.Answer{
		{Framework: catalogs.ISO27001, Ref: "A.8.8", Text: "The platform team patches monthly under the approved patch policy.", Author: "U0OWNER", Evidence: []string{"https://wiki.example/patching"},
			Files: []assessor.EvidenceFile{{Name: "patch-report.pdf", Size: 2048, SHA256: strings.Repeat("0f", 32), Permalink: "https://example.slack.com/files/U0OWNER/F1/patch-report.pdf",
				By: "U0OWNER", At: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC), ValidUntil: &validUntil, Stored: true}}},
		{Framework: catalogs.ISO27001, Ref: "A.5.15", Text: "Access is granted by managers, ad hoc.", Author: "U0OWNER"},
		{Framework: catalogs.ISO27001, Ref: "A.8.13", Text: "Nightly backups, tested every quarter.", Author: "U0OTHER"},
	} {
		if err := svc.Submit(ctx, a, assessor.SubmitOptions{}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	d, err := svc.DraftAnswer(ctx, ids[0], false)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := svc.Review(ctx, d.ID, assessor.Action{Kind: assessor.Confirmed, Actor: "U0LEAD"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.DraftAnswer(ctx, ids[1], false); err != nil {
		t.Fatal(err)
	}
	if err := b.Chat.ApplyProgram(ctx, "test program", "name: test program\n", "U0ADMIN"); err != nil {
		t.Fatal(err)
	}
	ck := &bot.Checkin{Key: catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.8"}, Owner: "U0OWNER", Status: bot.CheckinOpen, Channel: "D0OWNER", TS: "1700000000.000100"}
	if err := b.Chat.CreateCheckin(ctx, ck); err != nil {
		t.Fatal(err)
	}
	due := time.Date(2026, 12, 14, 23, 59, 59, 0, time.UTC)
	if _, err := b.Chat.UpdateCheckin(ctx, ck.ID, func(c *bot.Checkin) error { c.DueAt = &due; return nil }); err != nil {
		t.Fatal(err)
	}
	// A scheduled check-in Assay sends of itself, with its note.
	refresh := time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC)
	if _, err := b.Chat.CreateSlotCheckins(ctx, []*bot.Checkin{{Key: catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.13"}, Owner: "U0OTHER",
		Status: bot.CheckinOpen, Slot: &refresh, Note: "Your evidence (backup-test.pdf) holds until Wed 31 Mar 2027."}}); err != nil {
		t.Fatal(err)
	}
	if err := b.Chat.Assign(ctx, catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.5.15"}, "U0OTHER"); err != nil {
		t.Fatal(err)
	}
	// An impact assessment for one AI system: its check-in and rating.
	if err := b.Chat.CreateCheckin(ctx, &bot.Checkin{Key: catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.8"}, Owner: "U0SYSOWNER", Status: bot.CheckinOpen, System: "chatbot"}); err != nil {
		t.Fatal(err)
	}
	astoretest.RateFor(t, b.Assessor, catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.8.8"}, "chatbot", 2, 2, time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC))
	if err := b.Chat.Decide(ctx, &program.Decision{Key: catalogs.Key{Framework: catalogs.ISO27001, Ref: "A.5.16"}, Reason: program.ReasonBusiness,
		Justification: "Identities are managed by the parent company.", DecidedBy: "U0LEAD", Door: "cli:alice"}); err != nil {
		t.Fatal(err)
	}
	if ok, err := b.Chat.ClaimReviewPost(ctx, d.ID, "C0REVIEW"); err != nil || !ok {
		t.Fatalf("claiming a review post: %v %v", ok, err)
	}
	if err := b.Chat.SetReviewPost(ctx, d.ID, "1700000000.000200"); err != nil {
		t.Fatal(err)
	}
	slot := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	if _, err := b.Chat.SaveDigest(ctx, "test program", &slot, []byte(`{"program":"test program"}`)); err != nil {
		t.Fatal(err)
	}
	if err := b.Chat.SetDigestPost(ctx, "test program", "C0DIGEST", "1700000000.000300"); err != nil {
		t.Fatal(err)
	}
	return Populated{Undrafted: ids[2]}
}

// sameTime compares times as instants, whatever their location.
var sameTime = cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })

// snapshot is everything a backend exports, for comparing two.
type snapshot struct {
	Counts    backend.Counts
	Catalogs  []catalogs.Catalog
	Documents map[string][]retrieval.ChunkRecord
	Hashes    map[string]string
	Vectors   map[string]map[retrieval.ChunkID][]float32
	Records   *assessor.Records
	Chat      *bot.Export
	Params    map[string]retrieval.LexicalParams
}

func export(t *testing.T, b *backend.Backend) snapshot {
	t.Helper()
	ctx := context.Background()
	s := snapshot{Documents: map[string][]retrieval.ChunkRecord{}, Hashes: map[string]string{}, Vectors: map[string]map[retrieval.ChunkID][]float32{}}
	var err error
	if s.Counts, err = b.Port.Counts(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Catalogs, err = b.Catalogs.Catalogs(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.Port.ExportDocuments(ctx, func(d *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error {
		s.Documents[d.ID], s.Hashes[d.ID] = chunks, hash
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := b.Port.ExportVectors(ctx, func(sp retrieval.Space, vecs map[retrieval.ChunkID][]float32) error {
		s.Vectors[sp.String()] = vecs
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if s.Records, err = b.Port.ExportAssessor(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Chat, err = b.Port.ExportChat(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Params, err = b.Retrieval.CollectionParams(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func copyMovesEverything(t *testing.T, open Opener) {
	ctx := context.Background()
	src, dst := open(t).Backend, open(t).Backend
	pop := Populate(t, src)
	n, err := backend.Copy(ctx, src, dst)
	if err != nil {
		t.Fatal(err)
	}
	want := export(t, src)
	if n != want.Counts {
		t.Errorf("Copy reported %+v, the source holds %+v", n, want.Counts)
	}
	for name, c := range map[string]int{"catalogs": n.Catalogs, "documents": n.Documents, "vectors": n.Vectors, "answers": n.Answers,
		"drafts": n.Drafts, "audit entries": n.AuditEntries, "audit checkpoints": n.Checkpoints, "programs": n.Programs, "check-ins": n.Checkins,
		"review posts": n.ReviewPosts, "assignments": n.Assignments, "digests": n.Digests, "applicability decisions": n.Decisions} {
		if c == 0 {
			t.Errorf("the fixture stored no %s: the copy of them is untested", name)
		}
	}
	if n.Vectors != 2*n.Chunks {
		t.Errorf("%d vectors for %d chunks in two spaces", n.Vectors, n.Chunks)
	}
	got := export(t, dst)
	if diff := cmp.Diff(want, got, sameTime); diff != "" {
		t.Errorf("the copy differs from the source (-source +copy):\n%s", diff)
	}
	var v assessor.Verifier
	if err := dst.Assessor.AuditLog(ctx, v.Next); err != nil || v.N != n.AuditEntries {
		t.Errorf("the copy's audit chain: %d entries, %v", v.N, err)
	}
	if state, _, err := dst.Queue.DraftJob(ctx, pop.Undrafted); err != nil || state != "available" {
		t.Errorf("the undrafted answer's job on the copy: %q %v", state, err)
	}
}

func copyRefusesAnEmptySourceAndAFullTarget(t *testing.T, open Opener) {
	ctx := context.Background()
	empty, full := open(t).Backend, open(t).Backend
	Populate(t, full)
	if _, err := backend.Copy(ctx, empty, open(t).Backend); errs.KindOf(err) != errs.Invalid || !strings.Contains(errs.Message(err), "nothing to copy") {
		t.Errorf("copy of an empty store: %v", err)
	}
	before := export(t, full)
	if _, err := backend.Copy(ctx, full, full); errs.KindOf(err) != errs.Conflict || !strings.Contains(errs.Message(err), "not empty") {
		t.Errorf("copy into a full store: %v", err)
	}
	if diff := cmp.Diff(before, export(t, full), sameTime); diff != "" {
		t.Errorf("a refused copy changed the target:\n%s", diff)
	}
}

// exportsReportABrokenStream breaks every read a copy makes after each
// possible number of rows: the read must fail, never return less.
func exportsReportABrokenStream(t *testing.T, open Opener) {
	ctx := context.Background()
	h := open(t)
	Populate(t, h.Backend)
	b := h.Backend
	reads := []struct {
		name string
		read func() (string, error) // a digest of what was read
	}{
		{"Counts", func() (string, error) { c, err := b.Port.Counts(ctx); return fmt.Sprint(c), err }},
		{"CatalogVersions", func() (string, error) { v, err := b.Catalogs.CatalogVersions(ctx); return fmt.Sprint(len(v)), err }},
		{"ExportVectors", func() (string, error) {
			n := 0
			err := b.Port.ExportVectors(ctx, func(_ retrieval.Space, v map[retrieval.ChunkID][]float32) error { n += len(v); return nil })
			return fmt.Sprint(n), err
		}},
		{"ExportDocuments", func() (string, error) {
			n := 0
			err := b.Port.ExportDocuments(ctx, func(_ *retrieval.Document, _ string, c []retrieval.ChunkRecord) error { n += 1 + len(c); return nil })
			return fmt.Sprint(n), err
		}},
		{"ExportAssessor", func() (string, error) {
			r, err := b.Port.ExportAssessor(ctx)
			if err != nil {
				return "", err
			}
			return fmt.Sprint(len(r.Answers), len(r.Drafts), len(r.Audit)), nil
		}},
		{"ExportChat", func() (string, error) {
			x, err := b.Port.ExportChat(ctx)
			if err != nil {
				return "", err
			}
			return fmt.Sprint(len(x.Programs), len(x.Checkins), len(x.ReviewPosts), len(x.Assignments), len(x.Digests), len(x.Applicability)), nil
		}},
		{"AuditLog", func() (string, error) {
			var v assessor.Verifier
			err := b.Assessor.AuditLog(ctx, v.Next)
			return fmt.Sprint(v.N), err
		}},
		{"ListDrafts", func() (string, error) {
			ds, err := b.Assessor.ListDrafts(ctx, "", 100)
			return fmt.Sprint(len(ds)), err
		}},
	}
	for _, r := range reads {
		start := h.Fault.Rows()
		whole, err := r.read()
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		total := h.Fault.Rows() - start
		if total == 0 {
			t.Fatalf("%s read no rows: the fixture does not exercise it", r.name)
		}
		for n := 0; n < total; n++ {
			h.Fault.BreakAfter(n)
			got, err := r.read()
			if err == nil {
				h.Fault.Disarm()
				t.Errorf("%s broken after %d of %d rows: no error, and it read %s (whole: %s)", r.name, n, total, got, whole)
			}
		}
		h.Fault.Disarm()
		if got, err := r.read(); err != nil || got != whole {
			t.Errorf("%s after the faults: %s, %v; want %s", r.name, got, err, whole)
		}
	}
}

// copyOverABrokenStreamVerifiesNothing breaks the source's stream at
// points spread over a whole copy: each copy fails, saying that nothing
// was written (a break while counting) or nothing verified.
func copyOverABrokenStreamVerifiesNothing(t *testing.T, open Opener) {
	ctx := context.Background()
	h := open(t)
	Populate(t, h.Backend)
	start := h.Fault.Rows()
	if _, err := backend.Copy(ctx, h.Backend, open(t).Backend); err != nil {
		t.Fatal(err)
	}
	total := h.Fault.Rows() - start
	// Every break point of every read is tried by ExportsReportABrokenStream;
	// here the ends and five points between show the copy passes the error
	// on, whichever read it hits.
	points := map[int]bool{0: true, 1: true, total - 1: true}
	for i := 1; i < 6; i++ {
		points[total*i/6] = true
	}
	for n := range points {
		h.Fault.BreakAfter(n)
		_, err := backend.Copy(ctx, h.Backend, open(t).Backend)
		h.Fault.Disarm()
		msg := errs.Message(err)
		if err == nil {
			t.Errorf("a copy whose source broke off after %d of %d rows succeeded", n, total)
		} else if !strings.Contains(msg, "copy failed, nothing verified") && !strings.Contains(msg, "copy failed, nothing written") {
			t.Errorf("broken after %d rows: %v; want it to say the copy failed and nothing was verified", n, err)
		}
	}
}

// shortPort drops the last item of one export, as a read that missed a
// broken stream would.
type shortPort struct {
	backend.Porter
	drop string
}

func (p shortPort) ExportAssessor(ctx context.Context) (*assessor.Records, error) {
	r, err := p.Porter.ExportAssessor(ctx)
	if err == nil {
		switch p.drop {
		case "answers":
			r.Answers = r.Answers[:len(r.Answers)-1]
		case "audit entries":
			r.Audit = r.Audit[:len(r.Audit)-1]
		}
	}
	return r, err
}

func (p shortPort) ExportChat(ctx context.Context) (*bot.Export, error) {
	x, err := p.Porter.ExportChat(ctx)
	if err == nil && p.drop == "check-ins" {
		x.Checkins = x.Checkins[:len(x.Checkins)-1]
	}
	return x, err
}

func (p shortPort) ExportDocuments(ctx context.Context, fn func(*retrieval.Document, string, []retrieval.ChunkRecord) error) error {
	return p.Porter.ExportDocuments(ctx, func(d *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error {
		if p.drop == "chunks" {
			chunks = chunks[:len(chunks)-1]
		}
		return fn(d, hash, chunks)
	})
}

func copyOfAShortExportFailsNamingWhatIsLost(t *testing.T, open Opener) {
	ctx := context.Background()
	src := open(t).Backend
	Populate(t, src)
	port := src.Port
	for _, drop := range []string{"answers", "audit entries", "check-ins", "chunks"} {
		short := *src
		short.Port = shortPort{port, drop}
		_, err := backend.Copy(ctx, &short, open(t).Backend)
		if err == nil || !strings.Contains(errs.Message(err), drop) || !strings.Contains(errs.Message(err), "nothing verified") {
			t.Errorf("a copy whose export lost one of the %s: %v", drop, err)
		}
	}
}
