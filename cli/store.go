package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/jobs"
	"github.com/assay-dev/assay/retrieval"
)

// What a store offers for a copy to another backend.
type (
	documentPorter interface {
		ExportDocuments(ctx context.Context, fn func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error) error
		ExportVectors(ctx context.Context, fn func(sp retrieval.Space, vecs map[string][]float32) error) error
	}
	assessorPorter interface {
		Export(ctx context.Context) ([]*assessor.Answer, []*assessor.Draft, []*assessor.Entry, error)
		Import(ctx context.Context, answers []*assessor.Answer, drafts []*assessor.Draft, audit []*assessor.Entry) error
		EnqueueDraft(ctx context.Context, answerID string) error
	}
	botPorter interface {
		Export(ctx context.Context) (*bot.Export, error)
		Import(ctx context.Context, x *bot.Export) error
	}
)

// copyCounts is what a copy moved, compared on both sides afterwards.
type copyCounts struct {
	Catalogs, Documents, Chunks, Answers, Drafts, AuditEntries, Programs, Checkins, ReviewPosts, Assignments, Digests int
}

func (a *App) storeCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "store", Short: "The store itself: move an installation between backends"}
	var from, to string
	cp := &cobra.Command{
		Use:   "copy --from URL --to URL",
		Short: "Copy a whole installation to another (empty) store, and verify the copy",
		Long: `Copies catalogs, the search corpus with its vectors, answers, drafts, the
audit log (entry for entry, so its hash chain stays valid), programs,
check-ins, review posts, owner assignments and digests from one store to
another: sqlite:PATH for the embedded store, postgres://… for PostgreSQL.
The target must be empty. Afterwards every count is compared and the
target's audit chain verified; answers still waiting for a draft are queued
on the target.`,
		Example: "  assay store copy --from sqlite:$HOME/.local/share/assay/assay.db --to postgres://assay@db/assay",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" || to == "" || from == to {
				return usageError{fmt.Errorf("give --from and --to, two different stores")}
			}
			ctx := cmd.Context()
			src, err := a.openStorage(ctx, from)
			if err != nil {
				return err
			}
			defer src.close()
			dst, err := a.openStorage(ctx, to)
			if err != nil {
				return err
			}
			defer dst.close()
			n, err := copyStore(ctx, src, dst)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "copied and verified: %d catalogs, %d documents (%d chunks), %d answers, %d drafts, %d audit entries (chain intact), %d programs, %d check-ins, %d review posts, %d assignments, %d digests\n",
				n.Catalogs, n.Documents, n.Chunks, n.Answers, n.Drafts, n.AuditEntries, n.Programs, n.Checkins, n.ReviewPosts, n.Assignments, n.Digests)
			return nil
		},
	}
	cp.Flags().StringVar(&from, "from", "", "the store to copy (sqlite:PATH or postgres://…)")
	cp.Flags().StringVar(&to, "to", "", "the empty store to copy into")
	cmd.AddCommand(cp)
	return group(cmd)
}

// counts reads what a store holds.
func counts(ctx context.Context, st *storage) (copyCounts, []*assessor.Answer, []*assessor.Draft, []*assessor.Entry, *bot.Export, error) {
	var n copyCounts
	ap, ok1 := st.assessor.(assessorPorter)
	bp, ok2 := st.bot.(botPorter)
	if !ok1 || !ok2 {
		return n, nil, nil, nil, nil, errs.E("store copy", errs.Internal, "this store cannot be copied")
	}
	answers, drafts, audit, err := ap.Export(ctx)
	if err != nil {
		return n, nil, nil, nil, nil, err
	}
	x, err := bp.Export(ctx)
	if err != nil {
		return n, nil, nil, nil, nil, err
	}
	docs, chunks, err := st.retrieval.Counts(ctx, "")
	if err != nil {
		return n, nil, nil, nil, nil, err
	}
	n = copyCounts{Documents: docs, Chunks: chunks, Answers: len(answers), Drafts: len(drafts), AuditEntries: len(audit),
		Programs: len(x.Programs), Checkins: len(x.Checkins), ReviewPosts: len(x.ReviewPosts), Assignments: len(x.Assignments), Digests: len(x.Digests)}
	return n, answers, drafts, audit, x, nil
}

// copyStore copies src into the empty dst and verifies the result.
func copyStore(ctx context.Context, src, dst *storage) (copyCounts, error) {
	const op = "store copy"
	before, answers, drafts, audit, bx, err := counts(ctx, src)
	if err != nil {
		return before, err
	}
	if empty, _, _, _, _, err := counts(ctx, dst); err != nil {
		return before, err
	} else if empty != (copyCounts{}) {
		return before, errs.E(op, errs.Conflict, "the target store is not empty (%d documents, %d answers, %d check-ins): copy into a new store", empty.Documents, empty.Answers, empty.Checkins)
	}
	// Catalogs, with their hashes, so the target does not rewrite built-ins.
	cats, err := src.catalogs.Catalogs(ctx)
	if err != nil {
		return before, err
	}
	versions, err := src.catalogs.CatalogVersions(ctx)
	if err != nil {
		return before, err
	}
	for i := range cats {
		if err := dst.catalogs.PutCatalog(ctx, &cats[i], versions[cats[i].Framework.ID].Hash); err != nil {
			return before, err
		}
	}
	before.Catalogs = len(cats)
	// The corpus: every document with its chunks and the vectors of every
	// embedding space.
	dp, ok := src.retrieval.(documentPorter)
	if !ok {
		return before, errs.E(op, errs.Internal, "this store's corpus cannot be copied")
	}
	if err := dst.retrieval.EnsureAnalyzer(ctx); err != nil {
		return before, err
	}
	type spaceVecs struct {
		id   int
		vecs map[string][]float32
	}
	var spaces []spaceVecs
	if err := dp.ExportVectors(ctx, func(sp retrieval.Space, vecs map[string][]float32) error {
		id, err := dst.retrieval.EnsureSpace(ctx, sp)
		spaces = append(spaces, spaceVecs{id, vecs})
		return err
	}); err != nil {
		return before, err
	}
	if err := dp.ExportDocuments(ctx, func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error {
		var primary *spaceVecs
		for i := range spaces {
			complete := true
			for _, c := range chunks {
				if _, ok := spaces[i].vecs[c.ID]; !ok {
					complete = false
					break
				}
			}
			if complete {
				primary = &spaces[i]
				break
			}
		}
		if primary == nil {
			return errs.E(op, errs.Invalid, "document %s has chunks without vectors in any space: run assay reindex on the source first", doc.ID)
		}
		vecs := make([][]float32, len(chunks))
		for i, c := range chunks {
			vecs[i] = primary.vecs[c.ID]
		}
		if err := dst.retrieval.ReplaceDocument(ctx, doc, hash, chunks, primary.id, vecs); err != nil {
			return err
		}
		for i := range spaces {
			if &spaces[i] == primary {
				continue
			}
			var some []retrieval.ChunkRecord
			var sv [][]float32
			for _, c := range chunks {
				if v, ok := spaces[i].vecs[c.ID]; ok {
					some, sv = append(some, c), append(sv, v)
				}
			}
			if len(some) > 0 {
				if err := dst.retrieval.PutVectors(ctx, spaces[i].id, some, sv); err != nil {
					return err
				}
			}
		}
		return nil
	}); err != nil {
		return before, err
	}
	// Answers, drafts and the audit log as they are; then the chat side.
	if err := dst.assessor.(assessorPorter).Import(ctx, answers, drafts, audit); err != nil {
		return before, err
	}
	if err := dst.bot.(botPorter).Import(ctx, bx); err != nil {
		return before, err
	}
	// Answers still waiting for a draft keep waiting, on the target.
	drafted := map[string]bool{}
	for _, d := range drafts {
		drafted[d.AnswerID] = true
	}
	if _, err := dst.newQueue(ctx, &assessor.Service{Store: dst.assessor}, jobs.Options{InsertOnly: true}); err != nil {
		return before, err
	}
	for _, an := range answers {
		if !drafted[an.ID] {
			if err := dst.assessor.(assessorPorter).EnqueueDraft(ctx, an.ID); err != nil {
				return before, err
			}
		}
	}
	// Verify: the same counts, and an intact audit chain.
	after, _, _, _, _, err := counts(ctx, dst)
	if err != nil {
		return before, err
	}
	after.Catalogs = before.Catalogs
	if after != before {
		return before, errs.E(op, errs.Internal, "the copy differs from the source: source %+v, target %+v", before, after)
	}
	var v assessor.Verifier
	if err := dst.assessor.AuditLog(ctx, v.Next); err != nil {
		return before, errs.Wrap(op, errs.Internal, err, "verifying the copied audit log")
	}
	return before, nil
}
