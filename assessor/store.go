package assessor

import (
	"context"

	"github.com/assay-dev/assay/catalogs"
)

// SubmitOptions shape the drafting job enqueued with an answer.
type SubmitOptions struct {
	// MaxAttempts bounds the drafting job's attempts (default 5); the last
	// one stores a failed draft rather than giving up silently.
	MaxAttempts int
}

// Records is every answer, draft and audit entry, oldest first: what
// `assay store copy` moves between backends.
type Records struct {
	Answers []*Answer
	Drafts  []*Draft
	Audit   []*Entry
	// Checkpoints are copied as they are: their signatures stay valid.
	Checkpoints []*Checkpoint
}

// Store keeps answers, drafts and the audit log. Implementations:
// postgres.AssessorStore, sqlite.AssessorStore.
type Store interface {
	// SubmitAnswer stores an answer and, in the same transaction, enqueues
	// the job that drafts it; it sets the answer's ID and CreatedAt.
	SubmitAnswer(ctx context.Context, a *Answer, opts SubmitOptions) error
	// Answer fetches an answer. Errors: errs.NotFound.
	Answer(ctx context.Context, id AnswerID) (*Answer, error)
	// SaveDraft stores a new draft and its audit entry atomically; it sets
	// the draft's ID and CreatedAt. Errors: errs.Conflict when the answer
	// already has a draft.
	SaveDraft(ctx context.Context, d *Draft, e *Entry) error
	// Draft fetches a draft. Errors: errs.NotFound.
	Draft(ctx context.Context, id DraftID) (*Draft, error)
	// DraftForAnswer returns an answer's draft, if it has one.
	DraftForAnswer(ctx context.Context, answerID AnswerID) (*Draft, bool, error)
	// UpdateDraft locks a draft, lets fn change it and describe the change
	// as an audit entry, and stores both atomically; when the change is a
	// decision, the job that announces it (jobs.AnnounceArgs) is enqueued
	// in the same transaction. An error from fn changes nothing and is
	// returned as is.
	UpdateDraft(ctx context.Context, id DraftID, fn func(d *Draft) (*Entry, error)) (*Draft, error)
	// LastRating returns the latest confirmed or adjusted draft of a control.
	LastRating(ctx context.Context, k catalogs.Key) (*Draft, bool, error)
	// HasPending reports whether a control has a draft waiting for a lead.
	HasPending(ctx context.Context, k catalogs.Key) (bool, error)
	// RatedPairs lists drafted and final levels of every model- or
	// offline-drafted draft a lead confirmed or adjusted.
	RatedPairs(ctx context.Context) ([]Pair, error)
	// AuditStore reads the log, its checkpoints and its guards.
	AuditStore
	// LostAnswers lists answers, at most limit, that have no draft and
	// whose newest drafting job was given up (discarded or cancelled: a
	// process died on its last attempt).
	LostAnswers(ctx context.Context, limit int) ([]AnswerID, error)
	// ListDrafts lists drafts in a status ("" for any), newest first, at
	// most limit.
	ListDrafts(ctx context.Context, status Status, limit int) ([]*Draft, error)
	// DraftsOf lists every draft of a control (for the organisation and
	// for each AI system), oldest first.
	DraftsOf(ctx context.Context, k catalogs.Key) ([]*Draft, error)
}
