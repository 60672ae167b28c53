package slack_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/schedule"
	"github.com/assay-dev/assay/testenv"
)

// Evidence files attached to an answer are fetched with the bot token
// only to hash them, kept (by hash) only with an evidence directory, and
// recorded with the answer: name, size, SHA-256, permalink, who, when and
// how long they hold. A file too large or a date already past is a field
// error and stores nothing. Before the evidence expires the scheduler
// asks the owner to refresh it; once past, the card and history say
// stale.
func TestEvidenceFiles(t *testing.T) {
	t.Parallel()
	h := setup(t, testenv.Example(t))
	dir := t.TempDir()
	h.env.Bot.EvidenceDir = dir
	ctx := h.env.Ctx
	h.command(lead, "checkin iso42001 A.6.2.4")
	card := h.saw("chat.postMessage", "Check-in: A.6.2.4 ")
	ck := card.ActionValue(bot.ActAnswer)
	h.click(owner, bot.ActAnswer, ck, card.Param("channel"), card.TS)
	if form := h.saw("views.open", "What is in place today?"); !strings.Contains(form.Text(), "Evidence files") {
		t.Errorf("the answer form has no file input:\n%s", form.Text())
	}
	answer := map[string]string{"answer": "Every model release is validated against the approved test plan; the report is signed by the ML lead."}

	// Refused, and nothing stored: a file larger than the limit, a date
	// already past.
	huge := h.slack.AddFile("dump.bin", []byte("x"))
	huge["size"] = assessor.MaxEvidenceBytes + 1
	if out := h.submitFiles(owner, bot.FormAnswer, ck, answer, []map[string]any{huge}); !strings.Contains(errorsOf(out)["files"], "dump.bin") {
		t.Errorf("an oversized file: %v", out)
	}
	report := []byte("Validation report v3: accuracy 0.94 on the held-out set; signed off by the ML lead.")
	file := h.slack.AddFile("validation-report.pdf", report)
	past := map[string]string{"answer": answer["answer"], "valid_until": time.Now().AddDate(0, 0, -1).Format("2006-01-02")}
	if out := h.submitFiles(owner, bot.FormAnswer, ck, past, []map[string]any{file}); !strings.Contains(errorsOf(out)["valid_until"], "passed") {
		t.Errorf("a date already past: %v", out)
	}
	if ds := h.env.DraftAll(t); len(ds) != 0 {
		t.Fatalf("a refused form stored %d answers", len(ds))
	}

	// Accepted: hashed, kept by hash, recorded with the answer.
	until := time.Now().AddDate(0, 0, 10)
	ok := map[string]string{"answer": answer["answer"], "valid_until": until.Format("2006-01-02")}
	if out := h.submitFiles(owner, bot.FormAnswer, ck, ok, []map[string]any{file}); out != nil {
		t.Fatalf("answer with a file: %v", out)
	}
	ds := h.env.DraftAll(t)
	if len(ds) != 1 {
		t.Fatalf("%d drafts", len(ds))
	}
	ans, err := h.env.Bot.Assessor.Answer(ctx, ds[0].AnswerID)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(report)
	want := hex.EncodeToString(sum[:])
	if len(ans.Files) != 1 {
		t.Fatalf("files kept with the answer: %+v", ans.Files)
	}
	f := ans.Files[0]
	if f.Name != "validation-report.pdf" || f.Size != int64(len(report)) || f.SHA256 != want || f.By != owner || !f.Stored ||
		!strings.HasPrefix(f.Permalink, "https://assay-test.slack.com/files/") || f.ValidUntil == nil || f.ValidUntil.Format("2006-01-02") != until.Format("2006-01-02") {
		t.Errorf("the evidence file %+v", f)
	}
	if kept, err := os.ReadFile(filepath.Join(dir, want)); err != nil || string(kept) != string(report) {
		t.Errorf("the kept copy: %q %v", kept, err)
	}
	if got, bad := h.slack.FileDownloads(); got != 1 || bad != 0 {
		t.Errorf("downloads: %d with the token, %d without", got, bad)
	}
	review := h.saw("chat.postMessage", "Offline draft: A.6.2.4")
	if !strings.Contains(review.Text(), "validation-report.pdf") || !strings.Contains(review.Text(), "SHA-256 "+want[:12]) {
		t.Errorf("the review card does not show the file:\n%s", review.Text())
	}
	h.click(lead, bot.ActConfirm, string(ds[0].ID), "C0REVIEW01", review.TS)
	h.saw("chat.update", "Confirmed at level")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if c, err := h.env.Store.Checkin(ctx, bot.CheckinID(ck)); err == nil && c.Status == bot.CheckinClosed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the check-in was not closed after the rating")
		}
	}

	// Within the lead time (14 days by default) the scheduler asks the
	// owner to refresh it, once, saying which file and when.
	p, err := h.env.Bot.Program(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s := &schedule.Scheduler{Bot: h.env.Bot, Store: h.env.Store, Now: func() time.Time { return time.Now().Add(time.Hour) }}
	due, err := s.Due(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	var refresh *bot.Checkin
	for _, c := range due {
		if c.Key == (catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"}) && c.Note != "" {
			refresh = c
		}
	}
	if refresh == nil || refresh.Owner != owner || !strings.Contains(refresh.Note, "validation-report.pdf") || !strings.Contains(refresh.Note, "holds until") {
		t.Fatalf("no refresh asked: %+v", refresh)
	}
	if n, err := h.env.Store.CreateSlotCheckins(ctx, []*bot.Checkin{refresh, refresh}); err != nil || n != 1 {
		t.Errorf("the refresh was stored %d times: %v", n, err)
	}
	claimed, err := h.env.Store.ClaimUnsent(ctx, owner, time.Now(), time.Minute, 5, "refresh")
	if err != nil || len(claimed) != 1 {
		t.Fatalf("claimed %d: %v", len(claimed), err)
	}
	if err := h.env.Bot.DeliverBatch(ctx, claimed); err != nil {
		t.Fatal(err)
	}
	h.saw("chat.postMessage", "Your evidence (validation-report.pdf) holds until")

	// Past its date the history says stale.
	h.drain()
	h.env.Bot.Now = func() time.Time { return until.AddDate(0, 0, 2) }
	evs, err := h.env.Bot.History(ctx, catalogs.Key{Framework: catalogs.ISO42001, Ref: "A.6.2.4"})
	if err != nil {
		t.Fatal(err)
	}
	var stale bool
	for _, e := range evs {
		for _, f := range e.Files {
			stale = stale || (f.Stale && f.SHA256 == want)
		}
	}
	if !stale {
		t.Errorf("the history does not show the expired file as stale: %+v", evs)
	}
}

// errorsOf reads a view_submission's field errors.
func errorsOf(out map[string]any) map[string]string {
	m := map[string]string{}
	if es, ok := out["errors"].(map[string]any); ok {
		for k, v := range es {
			m[k], _ = v.(string)
		}
	}
	return m
}
