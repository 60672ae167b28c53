package assessor

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/prompts"
	"github.com/assay-dev/assay/retrieval"
)

// Program is what an assessment covers: its frameworks (none listed: all),
// its scale and its targets.
type Program struct {
	Name       string
	Frameworks []catalogs.FrameworkID
	Scale      *Scale
	Targets    *Targets
	// AllowSelfReview lets a lead decide a draft of their own answer;
	// by default another lead must (separation of duties).
	AllowSelfReview bool
	// Systems are the AI systems assessed one by one, and PerSystem says
	// which controls are (impact assessment); an answer for a system must
	// be about one of each.
	Systems   []string
	PerSystem func(catalogs.Key) bool
}

// Gate says who may act: every door (Slack, the shell, the command line)
// reaches answers and decisions through the Service, and the Service asks
// its Gate (bot.Bot, over the program's roles and owners).
type Gate interface {
	// MayAnswer errs (errs.Unauthorized) unless u answers for control k:
	// its owner, or their delegate.
	// An answer for one AI system (system not "") is the system owner's,
	// or the owner or delegate of its check-in for that system.
	MayAnswer(ctx context.Context, u UserID, k catalogs.Key, system string) error
	// MayDecide errs (errs.Unauthorized) unless u is a lead.
	MayDecide(ctx context.Context, u UserID) error
}

// Covers reports whether a framework is in the program.
func (p *Program) Covers(fw catalogs.FrameworkID) bool {
	return len(p.Frameworks) == 0 || slices.Contains(p.Frameworks, fw)
}

// DefaultProgram covers every framework on the 0–5 maturity scale.
func DefaultProgram() *Program {
	return &Program{Name: "default", Scale: BuiltinScales[0], Targets: &Targets{byKey: map[catalogs.Key]int{}}}
}

// Service drafts ratings and records what leads decide.
type Service struct {
	Store    Store
	Catalogs func() *catalogs.Set
	// Search retrieves passages (retrieval.Engine.Search); nil drafts
	// without passages.
	Search  func(context.Context, retrieval.Query) ([]retrieval.Result, error)
	Drafter Drafter
	Program *Program
	// Passages is how many passages a draft is given (default 6).
	Passages int
	// OnDraft, if set, is told of each draft stored by DraftAnswer (pending
	// or failed), e.g. to put it in front of the leads. Its failure does
	// not undo the draft.
	OnDraft func(context.Context, *Draft)
	Log     *slog.Logger
	// Now is the clock decisions are stamped with (default time.Now).
	Now func() time.Time
	// Gate checks who may answer and decide; nil lets anyone (tests of
	// the assessor alone).
	Gate Gate
}

func (s *Service) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

func (s *Service) program() *Program {
	if s.Program == nil {
		return DefaultProgram()
	}
	return s.Program
}

func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// Submit validates an answer to a known control of the program, stores it
// and enqueues its drafting in one transaction. Errors: errs.Invalid for a
// bad answer, errs.NotFound for an unknown control (with suggestions).
func (s *Service) Submit(ctx context.Context, a *Answer, opts SubmitOptions) error {
	if err := s.Accept(ctx, a); err != nil {
		return err
	}
	return s.Store.SubmitAnswer(ctx, a, opts)
}

// Accept checks an answer as Submit does, without storing it: the control
// exists and is in the program, the text and evidence are within the
// form's limits, the own rating is on the scale, and its author may answer.
// It resolves the answer's framework and ref to the catalog's.
func (s *Service) Accept(ctx context.Context, a *Answer) error {
	c, err := s.Catalogs().Resolve(string(a.Framework), string(a.Ref))
	if err != nil {
		return err
	}
	if !s.program().Covers(c.Framework) {
		return errs.E("assessor.Submit", errs.Invalid, "%s is not in the program %q", c.Framework, s.program().Name)
	}
	a.Framework, a.Ref = c.Framework, c.Ref
	if err := a.Check(); err != nil {
		return err
	}
	if a.System != "" {
		p := s.program()
		if !slices.Contains(p.Systems, a.System) {
			return errs.E("assessor.Submit", errs.Invalid, "%q is not an AI system assessed one by one in the program %q", a.System, p.Name)
		}
		if p.PerSystem == nil || !p.PerSystem(c.Key()) {
			return errs.E("assessor.Submit", errs.Invalid, "%s is not an impact-assessment control: it is answered for the organisation, not per AI system", c.Key())
		}
	}
	if a.SelfLevel != nil {
		if _, err := s.program().Scale.Level(*a.SelfLevel); err != nil {
			return errs.E("assessor.Submit", errs.Invalid, "your own rating %d is not on the %s scale", *a.SelfLevel, s.program().Scale.Name)
		}
	}
	if s.Gate != nil {
		return s.Gate.MayAnswer(ctx, a.Author, c.Key(), a.System)
	}
	return nil
}

// saveFailed stores d as a failed draft: a lead rates it, or asks again.
func (s *Service) saveFailed(ctx context.Context, d *Draft, reason string) (*Draft, error) {
	d.Status, d.Error, d.Level = Failed, reason, nil
	entry := &Entry{Actor: System, Action: ActDraftFailed, After: SnapshotOf(d), Prompt: d.Prompt, Model: d.Drafter}
	if err := s.Store.SaveDraft(ctx, d, entry); err != nil {
		return nil, err
	}
	s.log().Warn("draft failed: a human rating is needed", "draft", d.ID, "control", d.Key(), "reason", reason)
	if s.OnDraft != nil {
		s.OnDraft(ctx, d)
	}
	return d, nil
}

// RecoverLost gives every answer whose drafting was given up (the process
// working its last attempt died) a failed draft, so that a lead sees it
// and nothing an owner was told is saved goes unrated; it returns how many.
func (s *Service) RecoverLost(ctx context.Context) (int, error) {
	ids, err := s.Store.LostAnswers(ctx, 100)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, id := range ids {
		a, err := s.Store.Answer(ctx, id)
		if err != nil {
			return n, err
		}
		d := &Draft{AnswerID: a.ID, Framework: a.Framework, Ref: a.Ref, Scale: s.program().Scale.ID, Drafter: s.Drafter.Name(), System: a.System}
		if _, err := s.saveFailed(ctx, d, "drafting stopped: the process working on it died on its last attempt; rate it yourself, or reject it to ask the owner again"); err != nil {
			if errs.KindOf(err) == errs.Conflict { // drafted meanwhile
				continue
			}
			return n, err
		}
		n++
	}
	return n, nil
}

// DraftAnswer drafts the rating for a stored answer; it is the drafting
// job's body. A draft that already exists is returned as it is, so a job
// run twice drafts once. A drafter that answers but gives nothing valid
// yields a failed draft; an endpoint failure is returned for the job to
// retry, unless this is the final attempt, which stores a failed draft
// saying so. Either way, nothing is ever confirmed here.
func (s *Service) DraftAnswer(ctx context.Context, answerID AnswerID, final bool) (*Draft, error) {
	const op = "assessor.DraftAnswer"
	if d, ok, err := s.Store.DraftForAnswer(ctx, answerID); err != nil || ok {
		return d, err
	}
	a, err := s.Store.Answer(ctx, answerID)
	if err != nil {
		return nil, err
	}
	prog := s.program()
	d := &Draft{AnswerID: a.ID, Framework: a.Framework, Ref: a.Ref, Scale: prog.Scale.ID, Drafter: s.Drafter.Name(), Status: Pending, System: a.System}
	if InstructionsIn(append([]string{a.Text}, a.Evidence...)...) {
		d.Flags = append(d.Flags, FlagInstructionsInAnswer)
	}
	fail := func(reason string) (*Draft, error) { return s.saveFailed(ctx, d, reason) }
	ctl, err := s.Catalogs().Resolve(string(a.Framework), string(a.Ref))
	if err != nil {
		return fail("the control is no longer in the catalogs: " + errs.Message(err))
	}
	req := &Request{Control: ctl, Answer: *a, Scale: prog.Scale}
	if prog.Targets != nil {
		if t, ok := prog.Targets.For(s.Catalogs(), ctl); ok {
			req.Target = &t
		}
	}
	if last, ok, err := s.Store.LastRating(ctx, ctl.Key()); err != nil {
		return nil, err
	} else if ok {
		req.Last = last.FinalLevel
	}
	if s.Search != nil {
		k := ctl.Key()
		n := s.Passages
		if n <= 0 {
			n = 6
		}
		req.Passages, err = s.Search(ctx, retrieval.Query{Text: a.Text, Control: &k, K: n})
		if err != nil {
			if final {
				return fail("retrieving the standard text failed: " + errs.Message(err))
			}
			return nil, errs.Wrap(op, errs.Unavailable, err, "retrieving passages")
		}
	}
	if len(req.Passages) == 0 {
		d.Flags = append(d.Flags, FlagNoPassages)
	}
	res, err := s.Drafter.Draft(ctx, req)
	if err != nil {
		var inv *InvalidOutputError
		if ok := asInvalid(err, &inv); ok {
			d.Prompt, d.Tokens = promptFor(s.Drafter), inv.Tokens
			return fail(inv.Error())
		}
		if final || errs.KindOf(err) == errs.Invalid {
			d.Prompt = promptFor(s.Drafter)
			return fail("the drafter failed: " + errs.Message(err))
		}
		return nil, err
	}
	// Whatever the drafter, its output is validated here too: nothing is
	// accepted unchecked.
	if err := res.Output.Validate(prog.Scale, passageIDs(res.Used)); err != nil {
		d.Prompt, d.Tokens = res.Prompt, res.Tokens
		return fail("no valid draft: " + err.Error())
	}
	o := res.Output
	d.Level, d.Confidence, d.Rationale = &o.Level, o.Confidence, o.Rationale
	d.EvidenceUsed, d.Gaps, d.NextSteps, d.FollowUp = o.EvidenceUsed, o.Gaps, o.NextSteps, o.FollowUpQuestion
	d.Drafter, d.Prompt, d.Tokens = res.Drafter, res.Prompt, res.Tokens
	d.Flags = append(d.Flags, res.Flags...)
	for _, id := range o.Citations {
		for _, p := range res.Used {
			if string(p.Chunk.ID) == id {
				d.Citations = append(d.Citations, Citation{Chunk: p.Chunk.ID, Doc: p.Chunk.Doc, Framework: p.Chunk.Framework, Ref: p.Chunk.Ref})
				break
			}
		}
	}
	entry := &Entry{Actor: System, Action: ActDrafted, After: SnapshotOf(d), Prompt: d.Prompt, Model: d.Drafter}
	if err := s.Store.SaveDraft(ctx, d, entry); err != nil {
		if errs.KindOf(err) == errs.Conflict {
			// Another worker drafted the same answer first: keep its draft.
			if other, ok, err2 := s.Store.DraftForAnswer(ctx, answerID); err2 == nil && ok {
				return other, nil
			}
		}
		return nil, err
	}
	if s.OnDraft != nil {
		s.OnDraft(ctx, d)
	}
	return d, nil
}

func promptFor(d Drafter) string {
	if d.Name() == OfflineDrafter {
		return OfflineRules
	}
	return prompts.DraftRating
}

// Action is what a lead does with a draft.
type Action struct {
	Kind     Status // Confirmed, Adjusted or Rejected
	Level    int    // for Adjusted
	Reason   string // for Adjusted
	Question string // for Rejected
	Actor    UserID
	// Door is how the actor reached Assay (see Entry.Door).
	Door string
}

// Review applies a lead's action to a draft and, when it becomes a rating,
// proposes it for the controls other frameworks of the program map to it
// as equal or narrower. Errors: errs.NotFound, errs.Invalid for a bad
// action, errs.Conflict when the draft was already decided (nothing
// changes then).
func (s *Service) Review(ctx context.Context, id DraftID, act Action) (*Draft, []*Draft, error) {
	const op = "assessor.Review"
	act.Actor = UserID(strings.TrimSpace(string(act.Actor)))
	if act.Actor == "" {
		return nil, nil, errs.E(op, errs.Invalid, "who is acting? (--as USER)")
	}
	prog := s.program()
	if s.Gate != nil {
		if err := s.Gate.MayDecide(ctx, act.Actor); err != nil {
			return nil, nil, err
		}
	}
	// Separation of duties: the lead who gave an answer does not decide
	// its draft. (Read before the update: a store may hold one connection.)
	current, err := s.Store.Draft(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if current.AnswerID != "" && !prog.AllowSelfReview {
		a, err := s.Store.Answer(ctx, current.AnswerID)
		if err != nil {
			return nil, nil, err
		}
		if a.Author == act.Actor {
			return nil, nil, errs.E(op, errs.Unauthorized, "%s answered %s themselves, so another lead decides its rating (a program may allow this with allow_self_review)", act.Actor, current.Key())
		}
	}
	d, err := s.Store.UpdateDraft(ctx, id, func(d *Draft) (*Entry, error) {
		if d.Status != Pending && d.Status != Failed {
			by := ""
			if d.DecidedBy != "" && d.DecidedAt != nil {
				by = fmt.Sprintf(" by %s at %s", d.DecidedBy, d.DecidedAt.UTC().Format("2006-01-02 15:04 MST"))
			}
			// People read this: the control, not the draft's id.
			return nil, errs.E(op, errs.Conflict, "the draft for %s was already %s%s; nothing changed", d.Key(), d.Status, by)
		}
		scale, err := ScaleByID(d.Scale)
		if err != nil {
			scale = prog.Scale
		}
		before := SnapshotOf(d)
		switch act.Kind {
		case Confirmed:
			if d.Status == Failed || d.Level == nil {
				return nil, errs.E(op, errs.Invalid, "draft %s failed, so there is no drafted level to confirm: rate it yourself with --adjust LEVEL --reason TEXT", d.ID)
			}
			lvl := *d.Level
			d.FinalLevel = &lvl
		case Adjusted:
			if _, err := scale.Level(act.Level); err != nil {
				return nil, errs.E(op, errs.Invalid, "level %d is not on the %s scale (%d to %d)", act.Level, scale.ID, scale.Min(), scale.Max())
			}
			if strings.TrimSpace(act.Reason) == "" {
				return nil, errs.E(op, errs.Invalid, "an adjustment needs a reason (--reason TEXT)")
			}
			if d.Level != nil && *d.Level == act.Level {
				return nil, errs.E(op, errs.Invalid, "level %d is the drafted level: confirm the draft instead", act.Level)
			}
			lvl := act.Level
			d.FinalLevel, d.Reason = &lvl, strings.TrimSpace(act.Reason)
		case Rejected:
			if strings.TrimSpace(act.Question) == "" {
				return nil, errs.E(op, errs.Invalid, "a rejection needs a follow-up question for the owner (--question TEXT)")
			}
			d.Question = strings.TrimSpace(act.Question)
		default:
			return nil, errs.E(op, errs.Invalid, "unknown review action %q", act.Kind)
		}
		now := s.now()
		d.Status, d.DecidedBy, d.DecidedAt = act.Kind, act.Actor, &now
		return &Entry{Actor: act.Actor, Door: act.Door, Action: string(act.Kind), Before: before, After: SnapshotOf(d), Prompt: d.Prompt, Model: d.Drafter}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	if !d.Status.IsRating() || d.ProposedFrom != "" {
		return d, nil, nil
	}
	proposed, err := s.propose(ctx, d, act.Door)
	return d, proposed, err
}

// propose offers a rating to the controls of the program's other
// frameworks that a crosswalk says it covers: equal ones, and narrower
// ones (the rated control is a superset of them). A control that already
// has a draft waiting is left alone.
func (s *Service) propose(ctx context.Context, src *Draft, door string) ([]*Draft, error) {
	if src.System != "" {
		return nil, nil // a rating for one AI system speaks for no other control
	}
	prog := s.program()
	var out []*Draft
	for _, m := range s.Catalogs().Mappings(src.Key()) {
		if m.To.Framework == src.Framework || !prog.Covers(m.To.Framework) {
			continue
		}
		if m.Relationship != catalogs.Equal && m.Relationship != catalogs.Superset {
			continue
		}
		if pending, err := s.Store.HasPending(ctx, m.To); err != nil {
			return out, err
		} else if pending {
			continue
		}
		lvl := *src.FinalLevel
		conf := 0.8
		how := "covers"
		if m.Relationship == catalogs.Equal {
			conf, how = 0.9, "is equal to"
		}
		p := &Draft{
			ProposedFrom: src.ID, Framework: m.To.Framework, Ref: m.To.Ref, Scale: src.Scale, Level: &lvl, Confidence: conf,
			Rationale: fmt.Sprintf("Proposed from the %s rating of %s (level %d): the crosswalk (%s) says %s %s %s. Confirm if it holds here too.",
				src.Status, src.Key(), lvl, m.Source, src.Key(), how, m.To),
			Drafter: CrosswalkDrafter, Status: Pending,
		}
		entry := &Entry{Actor: src.DecidedBy, Door: door, Action: ActProposed, After: SnapshotOf(p), Model: CrosswalkDrafter}
		if err := s.Store.SaveDraft(ctx, p, entry); err != nil {
			return out, err
		}
		out = append(out, p)
	}
	return out, nil
}

// Answer returns a stored answer. Errors: errs.NotFound.
func (s *Service) Answer(ctx context.Context, id AnswerID) (*Answer, error) {
	return s.Store.Answer(ctx, id)
}

// Draft returns a draft. Errors: errs.NotFound.
func (s *Service) Draft(ctx context.Context, id DraftID) (*Draft, error) {
	return s.Store.Draft(ctx, id)
}

// LastRating returns the latest confirmed or adjusted draft of a control.
func (s *Service) LastRating(ctx context.Context, k catalogs.Key) (*Draft, bool, error) {
	return s.Store.LastRating(ctx, k)
}

// Drafts lists drafts in a status ("" for any), newest first, at most limit.
func (s *Service) Drafts(ctx context.Context, status Status, limit int) ([]*Draft, error) {
	return s.Store.ListDrafts(ctx, status, limit)
}

// Waiting lists the drafts waiting for a lead: pending ones, then failed
// ones (a person must rate those), newest first, at most limit of each.
func (s *Service) Waiting(ctx context.Context, limit int) ([]*Draft, error) {
	pending, err := s.Store.ListDrafts(ctx, Pending, limit)
	if err != nil {
		return nil, err
	}
	failed, err := s.Store.ListDrafts(ctx, Failed, limit)
	return append(pending, failed...), err
}
