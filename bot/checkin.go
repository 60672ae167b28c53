package bot

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

// MaxAnswerChars bounds an answer typed in chat (a Slack input's limit),
// as every door does.
const MaxAnswerChars = assessor.MaxAnswerChars

// OwnerOf returns who answers for a control: an assignment, else the
// program's first matching owner rule.
func (b *Bot) OwnerOf(ctx context.Context, p *program.Program, k catalogs.Key) (UserID, bool, error) {
	if u, ok, err := b.Store.Assigned(ctx, k); err != nil || ok {
		return u, ok, err
	}
	u, ok := p.OwnerOf(k)
	return u, ok, nil
}

// Owners returns who answers for each control, reading assignments once:
// for a pass over many controls (scheduling, digests).
func (b *Bot) Owners(ctx context.Context, p *program.Program) (func(catalogs.Key) (UserID, bool), error) {
	assigned, err := b.Store.Assignments(ctx)
	if err != nil {
		return nil, err
	}
	return func(k catalogs.Key) (UserID, bool) {
		if u, ok := assigned[k]; ok {
			return u, true
		}
		return p.OwnerOf(k)
	}, nil
}

// SendCheckin asks a control's owner about it in a DM. A control with an
// unfinished check-in is not asked again: that check-in is returned, and
// sent is false. Errors: errs.NotFound for an unknown control,
// errs.Invalid for one outside the program or without an owner.
func (b *Bot) SendCheckin(ctx context.Context, k catalogs.Key, owner UserID) (ck *Checkin, sent bool, err error) {
	ck, err = b.sendCheckin(ctx, k, owner, &sent)
	return ck, sent, err
}

func (b *Bot) sendCheckin(ctx context.Context, k catalogs.Key, owner UserID, sent *bool) (*Checkin, error) {
	const op = "bot.SendCheckin"
	p, err := b.program(ctx)
	if err != nil {
		return nil, err
	}
	c, err := b.Catalogs().Resolve(string(k.Framework), string(k.Ref))
	if err != nil {
		return nil, err
	}
	if !p.Covers(c.Key()) {
		return nil, errs.E(op, errs.Invalid, "%s is not in the program %q", c.Key(), p.Name)
	}
	if d, ok := p.DecisionFor(c.Key()); ok && !d.Applicable {
		return nil, errs.E(op, errs.Invalid, "%s is excluded from the assessment (%s); a lead includes it again with /assay applicability", c.Key(), ReasonOf(d))
	}
	if open, ok, err := b.Store.OpenCheckin(ctx, c.Key()); err != nil || ok {
		return open, err
	}
	if owner == "" {
		var ok bool
		if owner, ok, err = b.OwnerOf(ctx, p, c.Key()); err != nil {
			return nil, err
		} else if !ok {
			return nil, errs.E(op, errs.Invalid, "%s has no owner: assign one with /assay assign %s %s @user", c.Key(), c.Framework, c.Ref)
		}
	}
	ck := &Checkin{Key: c.Key(), Owner: owner, Status: CheckinOpen}
	if err := b.Store.CreateCheckin(ctx, ck); err != nil {
		return nil, err
	}
	*sent = true
	return b.Deliver(ctx, ck)
}

// Deliver sends a stored check-in to its owner's DM and records where it
// went and when it is due. The scheduler claims a check-in before
// delivering it, so each is delivered once.
func (b *Bot) Deliver(ctx context.Context, ck *Checkin) (*Checkin, error) {
	out, err := b.deliver(ctx, []*Checkin{ck})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// checkinMessage renders a check-in as its DM shows it now.
func (b *Bot) checkinMessage(ctx context.Context, p *program.Program, ck *Checkin) (Message, error) {
	c, ok := b.Catalogs().Lookup(ck.Key)
	if !ok {
		return Message{}, errs.E("bot", errs.NotFound, "control %s is no longer in the catalogs", ck.Key)
	}
	var facts []string
	if ck.System != "" {
		rs, err := b.Store.SystemRatings(ctx)
		if err != nil {
			return Message{}, err
		}
		if r, ok := rs[SystemKey{Key: ck.Key, System: ck.System}]; ok {
			facts = append(facts, fmt.Sprintf("Last confirmed level for this system: *%d* (%s)", r.Level, r.At.UTC().Format("2006-01-02")))
		} else {
			facts = append(facts, "Not rated for this system yet")
		}
	} else if last, ok, err := b.Assessor.LastRating(ctx, ck.Key); err != nil {
		return Message{}, err
	} else if ok && last.FinalLevel != nil {
		facts = append(facts, fmt.Sprintf("Last confirmed level: *%d* (%s)", *last.FinalLevel, last.DecidedAt.UTC().Format("2006-01-02")))
	} else {
		facts = append(facts, "Not rated yet")
	}
	if t, ok := p.Target(c); ok {
		facts = append(facts, fmt.Sprintf("Target: *%d* on %s", t, p.Scale.Name))
	}
	m := Message{Text: "Check-in: " + string(c.Ref) + " " + c.Title}
	m.Blocks = append(m.Blocks, Header{Text: "Check-in: " + string(c.Ref) + " " + c.Title})
	if ck.System != "" {
		name := ck.System
		if s, ok := p.System(ck.System); ok {
			name = fmt.Sprintf("%s (`%s`, %s risk)", s.Name, s.ID, s.Risk)
		}
		m.Text += " — for " + ck.System
		m.Blocks = append(m.Blocks, Section{Text: ":robot_face: An impact assessment for the AI system *" + name + "*: answer for this system only."})
	}
	ask, err := b.askLine(ctx, p, ck)
	if err != nil {
		return Message{}, err
	}
	m.Blocks = append(m.Blocks, Section{Text: fmt.Sprintf("*%s*\n%s", title(c), question(c))},
		Context{Text: ask}, Context{Text: strings.Join(facts, "  ·  ")})
	if ck.Question != "" {
		m.Blocks = append(m.Blocks, Section{Text: ":speech_balloon: The lead asks you: " + ck.Question})
	}
	if ck.Note != "" {
		m.Blocks = append(m.Blocks, Section{Text: ":calendar: " + ck.Note})
	}
	m.Blocks = append(m.Blocks, standing(ck, true)...)
	return m, nil
}

// refresh re-renders a check-in's DM.
func (b *Bot) refresh(ctx context.Context, ck *Checkin) error {
	if ck.TS == "" {
		return nil
	}
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	// A check-in that went out in a list rewrites the list (one sent on
	// its own is its own batch: nothing to read).
	shown := []*Checkin{ck}
	var cks []*Checkin
	if batchOf(ck) != string(ck.ID) {
		if cks, err = b.Store.CheckinBatch(ctx, batchOf(ck)); err != nil {
			return err
		}
	}
	if len(cks) > 1 {
		shown = shown[:0]
		for _, x := range cks {
			if x.Channel == ck.Channel && x.TS == ck.TS {
				shown = append(shown, x)
			}
		}
	}
	m, err := b.batchMessage(ctx, p, shown)
	if err != nil {
		return err
	}
	return b.Chat.Update(ctx, ck.Channel, ck.TS, m)
}

// answerable loads a check-in the user may answer now.
func (b *Bot) answerable(ctx context.Context, id CheckinID, u UserID) (*Checkin, error) {
	ck, err := b.Store.Checkin(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ck.CanAnswer(u) {
		return nil, errs.E("bot", errs.Unauthorized, "only %s (the owner) or their delegate can answer this check-in", mention(ck.Owner))
	}
	if ck.Status != CheckinOpen && ck.Status != CheckinSnoozed {
		return nil, errs.E("bot", errs.Conflict, "this check-in is already %s", statusWords(ck.Status))
	}
	return ck, nil
}

func statusWords(s CheckinStatus) string {
	switch s {
	case CheckinOpen:
		return "waiting for an answer"
	case CheckinSnoozed:
		return "snoozed"
	case CheckinAnswered:
		return "answered"
	case CheckinNAPending:
		return "marked not applicable, waiting for a lead"
	case CheckinNA:
		return "not applicable"
	case CheckinClosed:
		return "rated"
	}
	return string(s)
}

func (b *Bot) openAnswer(ctx context.Context, a Action) error {
	ck, err := b.answerable(ctx, CheckinID(a.Value), a.User)
	if err != nil {
		return err
	}
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	c, _ := b.Catalogs().Lookup(ck.Key)
	levels := []Option{}
	for _, l := range p.Scale.Levels {
		levels = append(levels, Option{Value: strconv.Itoa(l.Value), Text: fmt.Sprintf("%d %s", l.Value, l.Name)})
	}
	blocks := []Block{Section{Text: fmt.Sprintf("*%s*\n%s", title(c), question(c))}}
	// Asked again after a lead's Reject: the lead's question, and the
	// previous answer to build on rather than retype.
	var prev *assessor.Answer
	if ck.Question != "" {
		blocks = append(blocks, Section{Text: ":speech_balloon: The lead asks you: " + Trim(ck.Question, 2800)})
		if prev, err = b.previousAnswer(ctx, ck); err != nil {
			return err
		}
	}
	answer := Input{ID: "answer", Label: "What is in place today?", Multiline: true, MaxLen: MaxAnswerChars,
		Hint: "Who does it, how often, where it is written down, how you know it works."}
	evidence := Input{ID: "evidence", Label: "Evidence links, one per line", Multiline: true, MaxLen: 2000, Optional: true}
	files := Input{ID: "files", Label: "Evidence files (kept with their SHA-256)", Optional: true, Files: true, MaxFiles: assessor.MaxEvidenceFiles}
	until := Input{ID: "valid_until", Label: "The files hold until (a certificate's or a report's end)", Optional: true, Date: true}
	self := Input{ID: "self_level", Label: "Your own rating (optional; the leads see it beside the draft)", Optional: true, Options: levels}
	if prev != nil {
		answer.Initial, evidence.Initial = prev.Text, strings.Join(prev.Evidence, "\n")
		answer.Hint = "Your previous answer is below: add what the lead asks."
		if prev.SelfLevel != nil {
			self.Initial = strconv.Itoa(*prev.SelfLevel)
		}
	}
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{
		CallbackID: FormAnswer, Title: "Answer check-in", Submit: "Send", Private: string(ck.ID),
		Blocks: blocks, Inputs: []Input{answer, evidence, files, until, self},
	})
}

// previousAnswer is the answer of a check-in's control (for its AI
// system) whose draft a lead rejected most recently, if any.
func (b *Bot) previousAnswer(ctx context.Context, ck *Checkin) (*assessor.Answer, error) {
	drafts, err := b.Assessor.Store.DraftsOf(ctx, ck.Key)
	if err != nil {
		return nil, err
	}
	var last *assessor.Draft
	for _, d := range drafts {
		if d.Status == assessor.Rejected && d.System == ck.System && (last == nil || d.CreatedAt.After(last.CreatedAt)) {
			last = d
		}
	}
	if last == nil {
		return nil, nil
	}
	return b.Assessor.Answer(ctx, last.AnswerID)
}

func (b *Bot) submitAnswer(ctx context.Context, s Submission) (map[string]string, error) {
	ck, err := b.answerable(ctx, CheckinID(s.Private), s.User)
	if err != nil {
		return nil, err
	}
	text := strings.TrimSpace(s.Values["answer"])
	switch {
	case text == "":
		return map[string]string{"answer": "Say what is in place, even if it is nothing yet."}, nil
	case utf8.RuneCountInString(text) > MaxAnswerChars:
		return map[string]string{"answer": fmt.Sprintf("At most %d characters; link the rest as evidence.", MaxAnswerChars)}, nil
	}
	var evidence []string
	for _, line := range strings.Split(s.Values["evidence"], "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if u, err := url.Parse(line); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return map[string]string{"evidence": fmt.Sprintf("%q is not a link (https://…)", Trim(line, 60))}, nil
		}
		evidence = append(evidence, line)
	}
	// The owner's own rating travels beside the answer, never in its text.
	var selfLevel *int
	if self := strings.TrimSpace(s.Values["self_level"]); self != "" {
		p, err := b.program(ctx)
		if err != nil {
			return nil, err
		}
		lvl, err := strconv.Atoi(self)
		if err != nil {
			return map[string]string{"self_level": "Pick a level from the list."}, nil
		}
		l, err := p.Scale.Level(lvl)
		if err != nil {
			return map[string]string{"self_level": fmt.Sprintf("%d is not on the %s scale.", lvl, p.Scale.Name)}, nil
		}
		selfLevel = &l.Value
	}
	files, fieldErr, err := b.evidenceFiles(ctx, s)
	if err != nil || fieldErr != nil {
		return fieldErr, err
	}
	ans := &assessor.Answer{Framework: ck.Key.Framework, Ref: ck.Key.Ref, Text: text, Evidence: evidence, Author: s.User, SelfLevel: selfLevel, System: ck.System, Files: files}
	if err := b.answerCheckin(ctx, ck, ans); err != nil {
		if errs.KindOf(err) == errs.Invalid {
			return map[string]string{"answer": errs.Message(err)}, nil
		}
		return nil, err
	}
	return nil, nil
}

// AnswerOpen answers a control's open check-in as u (its owner or
// delegate), exactly as the Slack form does: the check-in is claimed, the
// answer and its drafting job are stored, the card is rewritten. With no
// check-in open, the control's owner answers it directly. It is how an
// assistant (MCP) answers. Errors: errs.Unauthorized for anyone else,
// errs.Invalid for a bad answer, errs.Conflict when it was just answered.
func (b *Bot) AnswerOpen(ctx context.Context, u UserID, a *assessor.Answer) error {
	a.Author = u
	ck, open, err := b.Store.OpenSystemCheckin(ctx, a.Key(), a.System)
	if err != nil {
		return err
	}
	if !open || (ck.Status != CheckinOpen && ck.Status != CheckinSnoozed) {
		if open {
			return errs.E("bot", errs.Conflict, "%s is already %s", a.Key(), statusWords(ck.Status))
		}
		return b.Assessor.Submit(ctx, a, assessor.SubmitOptions{})
	}
	if !ck.CanAnswer(u) {
		return errs.E("bot", errs.Unauthorized, "only %s (the owner) or their delegate can answer %s", mention(ck.Owner), a.Key())
	}
	return b.answerCheckin(ctx, ck, a)
}

// answerCheckin claims a check-in, stores the answer with its drafting
// job, links them, and rewrites the card. A refused answer reopens the
// check-in and changes nothing else.
func (b *Bot) answerCheckin(ctx context.Context, ck *Checkin, ans *assessor.Answer) error {
	// Claim the check-in first, so a double submit finds it answered; the
	// answer and its drafting job are then stored in one transaction.
	// The job that rewrites the card is queued with the claim; it shows
	// whatever is stored when it runs.
	prev, refresh := ck.Status, b.newEffect(EffectRefresh, ck.ID, ans.Author)
	if _, err := b.Store.UpdateCheckin(ctx, ck.ID, func(x *Checkin) error {
		if x.Status != CheckinOpen && x.Status != CheckinSnoozed {
			return errs.E("bot", errs.Conflict, "this check-in is already %s", statusWords(x.Status))
		}
		x.Status = CheckinAnswered
		return nil
	}, refresh); err != nil {
		return err
	}
	if err := b.Assessor.Submit(ctx, ans, assessor.SubmitOptions{}); err != nil {
		if _, rerr := b.Store.UpdateCheckin(context.WithoutCancel(ctx), ck.ID, func(x *Checkin) error { x.Status = prev; return nil }); rerr != nil {
			b.log().Error("could not reopen a check-in after a failed answer", "checkin", ck.ID, "err", rerr)
		}
		return err
	}
	if _, err := b.Store.UpdateCheckin(ctx, ck.ID, func(x *Checkin) error {
		x.AnswerID, x.Question = ans.ID, ""
		return nil
	}); err != nil {
		return err
	}
	if b.Chat == nil {
		return nil // a door without a chat (assay mcp): the queued job rewrites the card
	}
	return b.after(ctx, "check-in answered", func(ctx context.Context) error { return b.Effect(ctx, refresh) })
}

// evidenceFiles fetches the files given in the answer form, hashes each
// (SHA-256) and, with an evidence directory, keeps a copy named by its
// hash; a file too large, unreadable or a date not in the future is a
// field error, and nothing is stored.
func (b *Bot) evidenceFiles(ctx context.Context, s Submission) ([]assessor.EvidenceFile, map[string]string, error) {
	given := s.Files["files"]
	var until *time.Time
	if d := strings.TrimSpace(s.Values["valid_until"]); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return nil, map[string]string{"valid_until": "A date, such as 2027-03-31."}, nil
		}
		t = t.Add(24*time.Hour - time.Second) // through that day
		if !t.After(b.now()) {
			return nil, map[string]string{"valid_until": "That day has passed: evidence that no longer holds is not evidence."}, nil
		}
		if len(given) == 0 {
			return nil, map[string]string{"valid_until": "Attach the files this date is for, or leave it empty."}, nil
		}
		until = &t
	}
	if len(given) > assessor.MaxEvidenceFiles {
		return nil, map[string]string{"files": fmt.Sprintf("At most %d files; link the rest.", assessor.MaxEvidenceFiles)}, nil
	}
	var out []assessor.EvidenceFile
	for _, f := range given {
		data, err := b.Chat.FetchFile(ctx, f, assessor.MaxEvidenceBytes)
		if err != nil {
			// Nothing is stored: the owner's form stays open to try again.
			b.log().Warn("could not read an evidence file", "file", f.Name, "err", err)
			msg := errs.Message(err)
			if k := errs.KindOf(err); k != errs.Invalid && k != errs.NotFound {
				msg = fmt.Sprintf("Could not read %s from Slack just now; try again, or link it instead.", f.Name)
			}
			return nil, map[string]string{"files": Trim(msg, 300)}, nil
		}
		sum := sha256.Sum256(data)
		ef := assessor.EvidenceFile{Name: Trim(f.Name, 255), Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:]), Permalink: f.Permalink,
			By: s.User, At: b.now().UTC(), ValidUntil: until}
		if b.EvidenceDir != "" {
			if err := keepEvidence(b.EvidenceDir, ef.SHA256, data); err != nil {
				return nil, nil, err
			}
			ef.Stored = true
		}
		out = append(out, ef)
	}
	return out, nil, nil
}

// keepEvidence writes a file's copy under dir, named by its hash, once.
func keepEvidence(dir, sum string, data []byte) error {
	const op = "bot.keepEvidence"
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "creating the evidence directory")
	}
	path := filepath.Join(dir, sum)
	if _, err := os.Stat(path); err == nil {
		return nil // the same bytes are kept already
	}
	tmp, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "keeping an evidence file")
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return errs.Wrap(op, errs.Unavailable, err, "keeping an evidence file")
	}
	if err := tmp.Close(); err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "keeping an evidence file")
	}
	return errs.Wrap(op, errs.Unavailable, os.Rename(tmp.Name(), path), "keeping an evidence file")
}

func (b *Bot) snooze(ctx context.Context, a Action) error {
	d := 24 * time.Hour
	if a.ActionID == ActSnoozeWeek {
		d = 7 * 24 * time.Hour
	}
	if _, err := b.answerable(ctx, CheckinID(a.Value), a.User); err != nil {
		return err
	}
	_, err := b.update(ctx, CheckinID(a.Value), func(x *Checkin) error {
		if x.Status != CheckinOpen && x.Status != CheckinSnoozed {
			return errs.E("bot", errs.Conflict, "this check-in is already %s", statusWords(x.Status))
		}
		until := b.now().Add(d)
		x.Status, x.SnoozedUntil = CheckinSnoozed, &until
		return nil
	}, b.newEffect(EffectRefresh, CheckinID(a.Value), a.User), "check-in snoozed")
	return err
}

func (b *Bot) openNotApplicable(ctx context.Context, a Action) error {
	ck, err := b.answerable(ctx, CheckinID(a.Value), a.User)
	if err != nil {
		return err
	}
	c, _ := b.Catalogs().Lookup(ck.Key)
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{
		CallbackID: FormNotApplicable, Title: "Not applicable", Submit: "Send to a lead", Private: string(ck.ID),
		Blocks: []Block{Section{Text: "*" + title(c) + "*\nA lead confirms before the control leaves the assessment; their confirmation excludes it, with your reason, from the Statement of Applicability."}},
		Inputs: []Input{
			{ID: "reason_code", Label: "Which kind of reason?", Options: reasonOptions()},
			{ID: "reason", Label: "Why does it not apply?", Multiline: true, MaxLen: 1000},
		},
	})
}

func (b *Bot) submitNotApplicable(ctx context.Context, s Submission) (map[string]string, error) {
	reason := strings.TrimSpace(s.Values["reason"])
	if reason == "" {
		return map[string]string{"reason": "A lead needs the reason to confirm."}, nil
	}
	if _, err := b.answerable(ctx, CheckinID(s.Private), s.User); err != nil {
		return nil, err
	}
	code := program.Reason(strings.TrimSpace(s.Values["reason_code"]))
	if program.ReasonText(code) == "" {
		return map[string]string{"reason_code": "Pick the kind of reason."}, nil
	}
	reason = Trim(reason, 1000)
	e := b.newEffect(EffectNARequest, CheckinID(s.Private), s.User)
	e.Text, e.Code = reason, string(code)
	_, err := b.update(ctx, CheckinID(s.Private), func(x *Checkin) error {
		if x.Status != CheckinOpen && x.Status != CheckinSnoozed {
			return errs.E("bot", errs.Conflict, "this check-in is already %s", statusWords(x.Status))
		}
		x.Status, x.Reason = CheckinNAPending, reason
		return nil
	}, e, "not applicable requested")
	return nil, err
}

func (b *Bot) decideNA(ctx context.Context, a Action) error {
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	if !b.has(ctx, p, a.User, program.Lead) {
		return errs.E("bot", errs.Unauthorized, "only a lead can confirm that a control does not apply")
	}
	// The request's buttons carry the check-in and the reason code the
	// owner proposed ("ID|CODE"; cards from before codes carry the ID).
	id, code, _ := strings.Cut(a.Value, "|")
	e := b.newEffect(EffectNADecision, CheckinID(id), a.User)
	e.Channel, e.TS, e.Text = a.Channel, a.MessageTS, naKept
	if a.ActionID == ActNAConfirm {
		e.Text = "confirmed as not applicable"
		if code != "" {
			e.Text += " and excluded from the assessment"
		}
	}
	ck, err := b.update(ctx, CheckinID(id), func(x *Checkin) error {
		if x.Status != CheckinNAPending {
			return errs.E("bot", errs.Conflict, "this request was already decided (the check-in is %s)", statusWords(x.Status))
		}
		if a.ActionID == ActNAConfirm {
			x.Status = CheckinNA
		} else {
			x.Status = CheckinOpen
		}
		return nil
	}, e, "not applicable decided")
	if err != nil || a.ActionID != ActNAConfirm || code == "" || ck.System != "" {
		// A system's impact assessment found not applicable closes; the
		// control stays in the organisation's scope.
		return err
	}
	// The lead's confirmation is the exclusion the owner proposed.
	return b.DecideApplicability(ctx, &program.Decision{Key: ck.Key, Reason: program.Reason(code), Justification: ck.Reason,
		DecidedBy: a.User, Door: cmp.Or(b.Door, "chat")})
}

// naKept is what a declined "not applicable" says: the control stays.
const naKept = "kept in the assessment"

// reasonOptions are the reason codes as a form's choices.
func reasonOptions() []Option {
	var out []Option
	for _, r := range program.Reasons {
		out = append(out, Option{Value: string(r.Code), Text: r.Text})
	}
	return out
}

func (b *Bot) openDelegate(ctx context.Context, a Action) error {
	ck, err := b.answerable(ctx, CheckinID(a.Value), a.User)
	if err != nil {
		return err
	}
	if a.User != ck.Owner {
		return errs.E("bot", errs.Unauthorized, "only the owner, %s, can delegate this check-in", mention(ck.Owner))
	}
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{
		CallbackID: FormDelegate, Title: "Delegate check-in", Submit: "Delegate", Private: string(ck.ID),
		Inputs: []Input{{ID: "user", Label: "Who should answer?", UserSelect: true}},
	})
}

func (b *Bot) submitDelegate(ctx context.Context, s Submission) (map[string]string, error) {
	picked := strings.TrimSpace(s.Values["user"])
	if picked == "" {
		return map[string]string{"user": "Pick someone."}, nil
	}
	to, ok := parseUser(picked)
	if !ok {
		return map[string]string{"user": fmt.Sprintf("%q is not a person in this workspace: pick someone.", Trim(picked, 40))}, nil
	}
	if to == s.User {
		return map[string]string{"user": "That is you: pick someone else."}, nil
	}
	e := b.newEffect(EffectDelegated, CheckinID(s.Private), s.User)
	e.To = to
	_, err := b.update(ctx, CheckinID(s.Private), func(x *Checkin) error {
		if x.Owner != s.User {
			return errs.E("bot", errs.Unauthorized, "only the owner, %s, can delegate this check-in", mention(x.Owner))
		}
		if x.Status != CheckinOpen && x.Status != CheckinSnoozed {
			return errs.E("bot", errs.Conflict, "this check-in is already %s", statusWords(x.Status))
		}
		x.Delegate = to
		return nil
	}, e, "check-in delegated")
	return nil, err
}

// showAnswer opens the full text of an answer.
func (b *Bot) showAnswer(ctx context.Context, a Action) error {
	ans, err := b.Assessor.Answer(ctx, assessor.AnswerID(a.Value))
	if err != nil {
		return err
	}
	blocks := []Block{Context{Text: fmt.Sprintf("%s:%s, answered by %s on %s", ans.Framework, ans.Ref, mention(ans.Author), ans.CreatedAt.UTC().Format("2006-01-02"))}}
	blocks = append(blocks, paragraphs(ans.Text)...)
	if len(ans.Evidence) > 0 {
		blocks = append(blocks, Section{Text: "*Evidence*\n" + strings.Join(ans.Evidence, "\n")})
	}
	if len(ans.Files) > 0 {
		blocks = append(blocks, Section{Text: Trim("*Evidence files*\n"+strings.Join(fileLines(ans.Files, b.now()), "\n"), 2900)})
	}
	if ans.SelfLevel != nil {
		blocks = append(blocks, Context{Text: fmt.Sprintf("The owner's own rating: %d", *ans.SelfLevel)})
	}
	return b.Chat.OpenModal(ctx, a.TriggerID, Modal{CallbackID: FormInfo, Title: "Answer", Blocks: blocks})
}

// paragraphs splits long text into sections that each fit a Slack section.
func paragraphs(text string) []Block {
	var out []Block
	r := []rune(text)
	for len(r) > 0 {
		n := min(len(r), 2900)
		out = append(out, Section{Text: string(r[:n])})
		r = r[n:]
	}
	return out
}

// Nudge reminds the owner (or their delegate) of an unanswered check-in,
// in its thread, and shows the check-in again.
func (b *Bot) Nudge(ctx context.Context, ck *Checkin) error {
	who := ck.Owner
	if ck.Delegate != "" {
		who = ck.Delegate
	}
	c, _ := b.Catalogs().Lookup(ck.Key)
	p, err := b.program(ctx)
	if err != nil {
		return err
	}
	due := ""
	if ck.DueAt != nil {
		if ck.Overdue(b.now()) {
			due = ", which was due " + dueWords(p, *ck.DueAt)
		} else {
			due = ", due " + dueWords(p, *ck.DueAt)
		}
	}
	msg := fmt.Sprintf("%s, a reminder: *%s* is waiting for your answer%s (reminder %d).", mention(who), title(c), due, ck.Nudges)
	if _, err := b.Chat.Post(ctx, ck.Channel, ck.TS, Message{Text: msg, Blocks: []Block{Section{Text: msg},
		Actions{Buttons: []Button{{ActionID: ActAnswer, Value: string(ck.ID), Text: "Answer", Style: Primary}, {ActionID: ActSnoozeWeek, Value: string(ck.ID), Text: "Snooze 1 week"}}}}}); err != nil {
		return err
	}
	return b.refresh(ctx, ck)
}

// Escalate tells the leads, in the review channel, that a check-in stays
// unanswered after its reminders.
func (b *Bot) Escalate(ctx context.Context, p *program.Program, ck *Checkin) error {
	c, _ := b.Catalogs().Lookup(ck.Key)
	sent := "—"
	if ck.SentAt != nil {
		sent = ck.SentAt.UTC().Format("2006-01-02")
	}
	msg := fmt.Sprintf(":rotating_light: *%s* is still unanswered after %d reminders. Owner %s, asked %s.", title(c), ck.Nudges-1, mention(ck.Owner), sent)
	if ck.Delegate != "" {
		msg += " Delegated to " + mention(ck.Delegate) + "."
	}
	_, err := b.Chat.Post(ctx, p.Review, "", Message{Text: msg, Blocks: []Block{Section{Text: msg}}})
	return err
}
