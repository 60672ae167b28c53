// Package backend is the seam between Assay's domain and its storage. A
// Backend holds everything one installation keeps and shares: the domain
// stores (the interfaces catalogs, retrieval, assessor, bot, schedule,
// digest and program define), the drafting queue, health, the state its
// processes share (Redis or in-process), its name (the prefix replicas
// share keys under), the state gauges /metrics reports, export and import
// for `assay store copy` with the counts that verify a copy, and what the
// benchmarks need.
//
// Two packages construct one: postgres (PostgreSQL with pgvector, for teams
// and replicas) and sqlite (the embedded single-file store). Commands hold
// a Backend and never ask which one it is; the contract suites (each
// domain's storetest, and backendtest for export and import) hold both to
// the same behaviour.
package backend

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/digest"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/metrics"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
	"github.com/assay-dev/assay/schedule"
)

// Backend is one installation's storage.
type Backend struct {
	// Name is the engine: "postgres" or "sqlite".
	Name string
	// Installation names the installation: PostgreSQL's database and
	// schema, the embedded store's file. Replicas of one share it.
	Installation string

	Catalogs  catalogs.Store
	Retrieval retrieval.Store
	Assessor  assessor.Store
	Chat      ChatStore
	// Queue makes drafting workers and reports on drafting jobs.
	Queue jobs.Queue
	// Port exports and imports the installation, for store copy.
	Port Porter
	// State reads the state gauges /metrics reports.
	State metrics.StateReader
	// Bench serves the benchmarks: what they need beyond the domain stores.
	Bench Bench

	// Ping checks that the store answers (readiness).
	Ping func(ctx context.Context) error
	// OpenShared opens what the installation's processes share: Redis
	// beside PostgreSQL, in-process state (with a lock that keeps the
	// installation to one process) on the embedded store.
	OpenShared func(ctx context.Context) (Shared, error)
	// Migrations lists each schema migration and whether it is applied.
	Migrations func(ctx context.Context) ([]string, error)
	// Close releases the store.
	Close func()
}

// Shared is what the processes of one installation share, so that a
// scheduled job fires once, a redelivered event is handled once and
// Slack's rate limits hold across replicas. redis.Client and local.State
// implement it; the suite in backend/sharedtest holds both to it.
type Shared interface {
	// First reports whether key is seen for the first time.
	First(ctx context.Context, key string) (bool, error)
	// Lock takes a named lock for at most ttl; ok is false when another
	// holder has it. release gives it up if still held.
	Lock(ctx context.Context, name string, ttl time.Duration) (release func(), ok bool, err error)
	// Allow counts one use of key in the current window of the given
	// length and reports whether it stays within limit; when not, wait
	// says when the window ends.
	Allow(ctx context.Context, key string, limit int, window time.Duration) (ok bool, wait time.Duration, err error)
	// Ping checks the shared state answers (readiness).
	Ping(ctx context.Context) error
	// Close releases it.
	Close() error
}

// Bench is what the benchmarks need beyond the domain stores.
type Bench interface {
	// Settle brings the store to a steady state after a bulk load, as
	// autovacuum and analyse would in time.
	Settle(ctx context.Context) error
	// ExactVector ranks a space's vectors by exact cosine similarity, to
	// measure an approximate index's recall.
	ExactVector(ctx context.Context, space int, vec []float32, k int) ([]retrieval.Hit, error)
	// VectorIndex is the vector index's shape and search width: HNSW's m,
	// ef_construction and ef_search; zeros when vector search is exact.
	VectorIndex() (m, efConstruction, efSearch int)
}

// ChatStore is what the chat side keeps: check-ins, review posts and
// assignments (bot), the scheduler's claims (schedule), digests (digest)
// and the program in force (program).
type ChatStore interface {
	bot.Store
	schedule.Store
	digest.Store
	program.Store
	program.DecisionStore
}

// Counts is what an installation holds. Each backend counts every table
// with a query of its own, never from an export's stream, so a copy's
// check cannot share a fault with the copy.
type Counts struct {
	Catalogs     int `json:"catalogs"`
	Documents    int `json:"documents"`
	Chunks       int `json:"chunks"`
	Vectors      int `json:"vectors"`
	Answers      int `json:"answers"`
	Drafts       int `json:"drafts"`
	AuditEntries int `json:"audit_entries"`
	Checkpoints  int `json:"audit_checkpoints"`
	Programs     int `json:"programs"`
	Checkins     int `json:"checkins"`
	ReviewPosts  int `json:"review_posts"`
	Assignments  int `json:"assignments"`
	Digests      int `json:"digests"`
	Decisions    int `json:"applicability_decisions"`
}

// fields lists the counts with names people read.
func (c Counts) fields() []struct {
	name string
	n    int
} {
	return []struct {
		name string
		n    int
	}{
		{"catalogs", c.Catalogs}, {"documents", c.Documents}, {"chunks", c.Chunks}, {"vectors", c.Vectors},
		{"answers", c.Answers}, {"drafts", c.Drafts}, {"audit entries", c.AuditEntries}, {"audit checkpoints", c.Checkpoints}, {"programs", c.Programs},
		{"check-ins", c.Checkins}, {"review posts", c.ReviewPosts}, {"assignments", c.Assignments}, {"digests", c.Digests}, {"applicability decisions", c.Decisions},
	}
}

// Empty reports whether nothing is stored.
func (c Counts) Empty() bool { return c == Counts{} }

// Diff names every count that differs from want ("answers 3, want 4"),
// or "" when none does.
func (c Counts) Diff(want Counts) string {
	got, exp := c.fields(), want.fields()
	var out []string
	for i := range got {
		if got[i].n != exp[i].n {
			out = append(out, fmt.Sprintf("%s %d, want %d", got[i].name, got[i].n, exp[i].n))
		}
	}
	return strings.Join(out, "; ")
}

// Porter exports an installation's records and imports them into an empty
// store, ids, times, decisions and hashes unchanged.
type Porter interface {
	// Counts counts what the store holds, a query per table.
	Counts(ctx context.Context) (Counts, error)
	// ExportVectors calls fn with each embedding space and its vectors by chunk.
	ExportVectors(ctx context.Context, fn func(sp retrieval.Space, vecs map[retrieval.ChunkID][]float32) error) error
	// ExportDocuments calls fn for each document with its chunks.
	ExportDocuments(ctx context.Context, fn func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error) error
	// ExportAssessor returns every answer, draft and audit entry, oldest first.
	ExportAssessor(ctx context.Context) (*assessor.Records, error)
	// ImportAssessor stores them as they are, in one transaction.
	ImportAssessor(ctx context.Context, r *assessor.Records) error
	// ExportChat returns everything the chat side keeps.
	ExportChat(ctx context.Context) (*bot.Export, error)
	// ImportChat stores it as it is, in one transaction.
	ImportChat(ctx context.Context, x *bot.Export) error
	// EnqueueDraft queues drafting for a stored answer.
	EnqueueDraft(ctx context.Context, answerID assessor.AnswerID) error
}
