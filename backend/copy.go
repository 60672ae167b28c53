package backend

import (
	"context"
	"fmt"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// Copy copies the installation in src into the empty dst: catalogs, the
// corpus with every embedding space's vectors, answers, drafts, the audit
// log entry for entry, and the chat side. Answers still waiting for a
// draft are queued on dst.
//
// The copy is verified against src's own counts, taken before anything is
// read: each export stream is checked against them as it ends, and dst is
// counted afresh at the end, so an export that broke off, skipped a table
// or dropped rows fails the copy. dst's audit chain is verified too.
//
// Errors: errs.Invalid when src holds nothing, errs.Conflict when dst is
// not empty, errs.Internal when the copy does not match; on any error dst
// may hold part of the copy and must be emptied before another attempt.
func Copy(ctx context.Context, src, dst *Backend) (Counts, error) {
	const op = "store copy"
	before := func(err error) (Counts, error) {
		return Counts{}, &errs.Error{Op: op, Kind: errs.KindOf(err), Err: err, Msg: "copy failed, nothing written"}
	}
	want, err := src.Port.Counts(ctx)
	if err != nil {
		return before(err)
	}
	if want.Empty() {
		return want, errs.E(op, errs.Invalid, "the source store holds nothing to copy")
	}
	if have, err := dst.Port.Counts(ctx); err != nil {
		return before(err)
	} else if !have.Empty() {
		return want, errs.E(op, errs.Conflict, "the target store is not empty (%d documents, %d answers, %d check-ins): copy into a new store",
			have.Documents, have.Answers, have.Checkins)
	}
	var moved Counts
	fail := func(err error) (Counts, error) {
		return want, &errs.Error{Op: op, Kind: errs.KindOf(err), Err: err,
			Msg: "copy failed, nothing verified; the target holds part of the copy (empty it before trying again)"}
	}
	// streamed checks that an export delivered what the source holds.
	streamed := func(what string, got, exp int) error {
		if got != exp {
			return errs.E(op, errs.Internal, "the source's export of %s ended after %d of %d", what, got, exp)
		}
		return nil
	}

	// Catalogs, with their hashes, so the target does not rewrite built-ins.
	cats, err := src.Catalogs.Catalogs(ctx)
	if err != nil {
		return fail(err)
	}
	versions, err := src.Catalogs.CatalogVersions(ctx)
	if err != nil {
		return fail(err)
	}
	if err := streamed("catalogs", len(cats), want.Catalogs); err != nil {
		return fail(err)
	}
	for i := range cats {
		if err := dst.Catalogs.PutCatalog(ctx, &cats[i], versions[cats[i].Framework.ID].Hash); err != nil {
			return fail(err)
		}
	}
	moved.Catalogs = len(cats)

	if err := copyCorpus(ctx, src, dst, &moved); err != nil {
		return fail(err)
	}
	for _, c := range []struct {
		what     string
		got, exp int
	}{{"documents", moved.Documents, want.Documents}, {"chunks", moved.Chunks, want.Chunks}, {"vectors", moved.Vectors, want.Vectors}} {
		if err := streamed(c.what, c.got, c.exp); err != nil {
			return fail(err)
		}
	}

	// Answers, drafts and the audit log as they are; then the chat side.
	rec, err := src.Port.ExportAssessor(ctx)
	if err != nil {
		return fail(err)
	}
	for _, c := range []struct {
		what     string
		got, exp int
	}{{"answers", len(rec.Answers), want.Answers}, {"drafts", len(rec.Drafts), want.Drafts}, {"audit entries", len(rec.Audit), want.AuditEntries},
		{"audit checkpoints", len(rec.Checkpoints), want.Checkpoints}} {
		if err := streamed(c.what, c.got, c.exp); err != nil {
			return fail(err)
		}
	}
	if err := dst.Port.ImportAssessor(ctx, rec); err != nil {
		return fail(err)
	}
	chat, err := src.Port.ExportChat(ctx)
	if err != nil {
		return fail(err)
	}
	for _, c := range []struct {
		what     string
		got, exp int
	}{{"programs", len(chat.Programs), want.Programs}, {"check-ins", len(chat.Checkins), want.Checkins},
		{"review posts", len(chat.ReviewPosts), want.ReviewPosts}, {"assignments", len(chat.Assignments), want.Assignments},
		{"digests", len(chat.Digests), want.Digests}, {"applicability decisions", len(chat.Applicability), want.Decisions}} {
		if err := streamed(c.what, c.got, c.exp); err != nil {
			return fail(err)
		}
	}
	if err := dst.Port.ImportChat(ctx, chat); err != nil {
		return fail(err)
	}

	// Answers still waiting for a draft keep waiting, on the target.
	drafted := map[assessor.AnswerID]bool{}
	for _, d := range rec.Drafts {
		drafted[d.AnswerID] = true
	}
	for _, an := range rec.Answers {
		if !drafted[an.ID] {
			if err := dst.Port.EnqueueDraft(ctx, an.ID); err != nil {
				return fail(err)
			}
		}
	}

	// Verify: the target, counted afresh, holds what the source did, and
	// its audit chain is intact.
	got, err := dst.Port.Counts(ctx)
	if err != nil {
		return fail(err)
	}
	if diff := got.Diff(want); diff != "" {
		return fail(errs.E(op, errs.Internal, "the copy does not match the source: %s", diff))
	}
	var v assessor.Verifier
	if err := dst.Assessor.AuditLog(ctx, v.Next); err != nil {
		return fail(errs.Wrap(op, errs.Internal, err, "verifying the copied audit log"))
	}
	return want, nil
}

// copyCorpus copies every document with its chunks, the vectors of every
// embedding space and the collections' lexical parameters, counting what
// it moved.
func copyCorpus(ctx context.Context, src, dst *Backend, moved *Counts) error {
	if err := dst.Retrieval.EnsureAnalyzer(ctx); err != nil {
		return err
	}
	type spaceVecs struct {
		id   int
		vecs map[retrieval.ChunkID][]float32
	}
	var spaces []spaceVecs
	if err := src.Port.ExportVectors(ctx, func(sp retrieval.Space, vecs map[retrieval.ChunkID][]float32) error {
		id, err := dst.Retrieval.EnsureSpace(ctx, sp)
		spaces = append(spaces, spaceVecs{id, vecs})
		return err
	}); err != nil {
		return err
	}
	params, err := src.Retrieval.CollectionParams(ctx)
	if err != nil {
		return err
	}
	for coll, p := range params {
		if err := dst.Retrieval.SetLexicalParams(ctx, coll, p); err != nil {
			return err
		}
	}
	return src.Port.ExportDocuments(ctx, func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error {
		// The first space holding a vector for every chunk goes in with the
		// document; the others' vectors follow.
		primary := -1
		for i := range spaces {
			complete := true
			for _, c := range chunks {
				if _, ok := spaces[i].vecs[c.ID]; !ok {
					complete = false
					break
				}
			}
			if complete {
				primary = i
				break
			}
		}
		if primary < 0 {
			return errs.E("store copy", errs.Invalid, "document %s has chunks without vectors in any space: run assay reindex on the source first", doc.ID)
		}
		// vectorsIn returns the chunks with a vector in space i, and those vectors.
		vectorsIn := func(i int) ([]retrieval.ChunkRecord, [][]float32) {
			var some []retrieval.ChunkRecord
			var vecs [][]float32
			for _, c := range chunks {
				if v, ok := spaces[i].vecs[c.ID]; ok {
					some, vecs = append(some, c), append(vecs, v)
				}
			}
			return some, vecs
		}
		_, vecs := vectorsIn(primary)
		if err := dst.Retrieval.ReplaceDocument(ctx, doc, hash, chunks, spaces[primary].id, vecs); err != nil {
			return fmt.Errorf("document %s: %w", doc.ID, err)
		}
		moved.Vectors += len(vecs)
		for i := range spaces {
			if i == primary {
				continue
			}
			if some, vecs := vectorsIn(i); len(some) > 0 {
				if err := dst.Retrieval.PutVectors(ctx, spaces[i].id, some, vecs); err != nil {
					return fmt.Errorf("document %s: %w", doc.ID, err)
				}
				moved.Vectors += len(some)
			}
		}
		moved.Documents++
		moved.Chunks += len(chunks)
		return nil
	})
}
