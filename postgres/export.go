package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// ExportDocuments calls fn for each document with its chunks, for a copy
// to another backend.
func (s *RetrievalStore) ExportDocuments(ctx context.Context, fn func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error) error {
	rows, err := s.DB.Pool.Query(ctx, `SELECT id, collection, title, framework, source, format, content_hash FROM documents ORDER BY id`)
	if err != nil {
		return errs.Wrap("postgres.ExportDocuments", errs.Unavailable, err, "query")
	}
	type docRow struct {
		d    retrieval.Document
		hash string
	}
	var docs []docRow
	for rows.Next() {
		var r docRow
		var fw string
		if err := rows.Scan(&r.d.ID, &r.d.Collection, &r.d.Title, &fw, &r.d.Source, &r.d.Format, &r.hash); err != nil {
			rows.Close()
			return errs.Wrap("postgres.ExportDocuments", errs.Internal, err, "scan")
		}
		r.d.Framework = catalogs.FrameworkID(fw)
		docs = append(docs, r)
	}
	rows.Close()
	for i := range docs {
		crows, err := s.DB.Pool.Query(ctx, `SELECT id, doc_id, collection, ordinal, heading, framework, ref, text, text_hash FROM chunks WHERE doc_id = $1 ORDER BY ordinal`, docs[i].d.ID)
		if err != nil {
			return errs.Wrap("postgres.ExportDocuments", errs.Unavailable, err, "query")
		}
		chunks, err := scanChunks(crows)
		if err != nil {
			return errs.Wrap("postgres.ExportDocuments", errs.Internal, err, "scan")
		}
		if err := fn(&docs[i].d, docs[i].hash, chunks); err != nil {
			return err
		}
	}
	return nil
}

// ExportVectors calls fn with each embedding space and its vectors by chunk.
func (s *RetrievalStore) ExportVectors(ctx context.Context, fn func(sp retrieval.Space, vecs map[string][]float32) error) error {
	rows, err := s.DB.Pool.Query(ctx, `SELECT id, model, dims FROM embedding_spaces ORDER BY id`)
	if err != nil {
		return errs.Wrap("postgres.ExportVectors", errs.Unavailable, err, "query")
	}
	type space struct {
		id int
		sp retrieval.Space
	}
	var spaces []space
	for rows.Next() {
		var x space
		if err := rows.Scan(&x.id, &x.sp.Model, &x.sp.Dims); err != nil {
			rows.Close()
			return errs.Wrap("postgres.ExportVectors", errs.Internal, err, "scan")
		}
		spaces = append(spaces, x)
	}
	rows.Close()
	for _, x := range spaces {
		var exists bool
		if err := s.DB.Pool.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, vecTable(x.id)).Scan(&exists); err != nil || !exists {
			continue
		}
		vrows, err := s.DB.Pool.Query(ctx, fmt.Sprintf(`SELECT chunk_id, embedding FROM %s`, vecTable(x.id)))
		if err != nil {
			return errs.Wrap("postgres.ExportVectors", errs.Unavailable, err, "query")
		}
		vecs := map[string][]float32{}
		for vrows.Next() {
			var id string
			var v pgvector.Vector
			if err := vrows.Scan(&id, &v); err != nil {
				vrows.Close()
				return errs.Wrap("postgres.ExportVectors", errs.Internal, err, "scan")
			}
			vecs[id] = v.Slice()
		}
		vrows.Close()
		if err := fn(x.sp, vecs); err != nil {
			return err
		}
	}
	return nil
}

// Export returns every answer, draft and audit entry, oldest first.
func (s *AssessorStore) Export(ctx context.Context) ([]*assessor.Answer, []*assessor.Draft, []*assessor.Entry, error) {
	const op = "postgres.ExportAssessor"
	rows, err := s.DB.Pool.Query(ctx, `SELECT id FROM answers ORDER BY created_at, id`)
	if err != nil {
		return nil, nil, nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, nil, nil, errs.Wrap(op, errs.Internal, err, "scan")
	}
	var answers []*assessor.Answer
	for _, id := range ids {
		a, err := s.Answer(ctx, id)
		if err != nil {
			return nil, nil, nil, err
		}
		answers = append(answers, a)
	}
	drows, err := s.DB.Pool.Query(ctx, `SELECT `+draftColumns+` FROM drafts ORDER BY created_at, id`)
	if err != nil {
		return nil, nil, nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	var drafts []*assessor.Draft
	for drows.Next() {
		d, err := scanDraft(drows)
		if err != nil {
			drows.Close()
			return nil, nil, nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		drafts = append(drafts, d)
	}
	drows.Close()
	var audit []*assessor.Entry
	err = s.AuditLog(ctx, func(e *assessor.Entry) error { audit = append(audit, e); return nil })
	return answers, drafts, audit, err
}

// Import stores answers, drafts and audit entries as they are (ids, times,
// decisions and hashes kept), in one transaction, into an empty store.
func (s *AssessorStore) Import(ctx context.Context, answers []*assessor.Answer, drafts []*assessor.Draft, audit []*assessor.Entry) error {
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		for _, a := range answers {
			if _, err := tx.Exec(ctx, `INSERT INTO answers (id, framework, ref, text, evidence, author, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
				a.ID, string(a.Framework), string(a.Ref), a.Text, orEmpty(a.Evidence), a.Author, a.CreatedAt); err != nil {
				return err
			}
		}
		for _, d := range drafts {
			cj := assessor.EncodeCitations(d.Citations)
			if _, err := tx.Exec(ctx, `
				INSERT INTO drafts (id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
					evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens, status, error,
					created_at, final_level, decided_by, decided_at, reason, question)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)`,
				d.ID, nullable(d.AnswerID), nullable(d.ProposedFrom), string(d.Framework), string(d.Ref), string(d.Scale), d.Level, d.Confidence, d.Rationale, cj,
				orEmpty(d.EvidenceUsed), orEmpty(d.Gaps), orEmpty(d.NextSteps), d.FollowUp, orEmpty(d.Flags), d.Drafter, d.Prompt, d.Tokens.Prompt, d.Tokens.Completion,
				string(d.Status), d.Error, d.CreatedAt, d.FinalLevel, d.DecidedBy, d.DecidedAt, d.Reason, d.Question); err != nil {
				return err
			}
		}
		for _, e := range audit {
			if _, err := tx.Exec(ctx, `
				INSERT INTO audit_log (seq, at, actor, action, draft_id, before, after, prompt, model, prev_hash, hash)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
				e.Seq, e.At, e.Actor, e.Action, nullable(e.DraftID), e.Before, e.After, e.Prompt, e.Model, e.PrevHash, e.Hash); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("postgres.ImportAssessor", errs.Internal, err, "importing answers, drafts and the audit log")
}

// EnqueueDraft queues drafting for a stored answer (after a copy).
func (s *AssessorStore) EnqueueDraft(ctx context.Context, answerID string) error {
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error { return s.Queue.enqueueDraft(ctx, tx, answerID, 0) })
	return errs.Wrap("postgres.EnqueueDraft", errs.Unavailable, err, "queueing the draft")
}

// Export returns everything the chat side keeps.
func (s *BotStore) Export(ctx context.Context) (*bot.Export, error) {
	const op = "postgres.ExportBot"
	x := &bot.Export{}
	prows, err := s.DB.Pool.Query(ctx, `SELECT name, source, applied_by, applied_at FROM programs ORDER BY id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	for prows.Next() {
		var p bot.ProgramRow
		if err := prows.Scan(&p.Name, &p.Source, &p.AppliedBy, &p.AppliedAt); err != nil {
			prows.Close()
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		x.Programs = append(x.Programs, p)
	}
	prows.Close()
	crows, err := s.DB.Pool.Query(ctx, `SELECT `+checkinColumns+` FROM checkins ORDER BY created_at, id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	if x.Checkins, err = collectCheckins(crows, op); err != nil {
		return nil, err
	}
	rrows, err := s.DB.Pool.Query(ctx, `SELECT draft_id::text, channel, ts FROM review_posts ORDER BY claimed_at, draft_id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	for rrows.Next() {
		var r bot.ReviewPostRow
		var ch string
		if err := rrows.Scan(&r.DraftID, &ch, &r.TS); err != nil {
			rrows.Close()
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		r.Channel = bot.ChannelID(ch)
		x.ReviewPosts = append(x.ReviewPosts, r)
	}
	rrows.Close()
	arows, err := s.DB.Pool.Query(ctx, `SELECT framework, ref, owner FROM owner_assignments ORDER BY framework, ref`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	for arows.Next() {
		var fw, ref, owner string
		if err := arows.Scan(&fw, &ref, &owner); err != nil {
			arows.Close()
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		x.Assignments = append(x.Assignments, bot.AssignmentRow{Key: catalogs.Key{Framework: catalogs.FrameworkID(fw), Ref: catalogs.Ref(ref)}, Owner: bot.UserID(owner)})
	}
	arows.Close()
	drows, err := s.DB.Pool.Query(ctx, `SELECT program, slot, created_at, snapshot FROM digests ORDER BY id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	defer drows.Close()
	for drows.Next() {
		var d bot.DigestRow
		if err := drows.Scan(&d.Program, &d.Slot, &d.CreatedAt, &d.Snapshot); err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		x.Digests = append(x.Digests, d)
	}
	return x, errs.Wrap(op, errs.Unavailable, drows.Err(), "query")
}

// Import stores what Export returned, into an empty store, in one
// transaction.
func (s *BotStore) Import(ctx context.Context, x *bot.Export) error {
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		for _, p := range x.Programs {
			if _, err := tx.Exec(ctx, `INSERT INTO programs (name, source, applied_by, applied_at) VALUES ($1, $2, $3, $4)`, p.Name, p.Source, p.AppliedBy, p.AppliedAt); err != nil {
				return err
			}
		}
		for _, c := range x.Checkins {
			if _, err := tx.Exec(ctx, `
				INSERT INTO checkins (id, framework, ref, owner, delegate, status, channel, ts, snoozed_until, answer_id, question, reason,
					slot, claims, sent_at, nudges, last_nudged_at, escalated_at, created_at, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
				c.ID, string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS,
				c.SnoozedUntil, nullable(c.AnswerID), c.Question, c.Reason, c.Slot, c.Claims, c.SentAt, c.Nudges, c.LastNudgedAt, c.EscalatedAt,
				c.CreatedAt, c.UpdatedAt); err != nil {
				return err
			}
		}
		for _, r := range x.ReviewPosts {
			if _, err := tx.Exec(ctx, `INSERT INTO review_posts (draft_id, channel, ts) VALUES ($1, $2, $3)`, r.DraftID, string(r.Channel), r.TS); err != nil {
				return err
			}
		}
		for _, a := range x.Assignments {
			if _, err := tx.Exec(ctx, `INSERT INTO owner_assignments (framework, ref, owner) VALUES ($1, $2, $3)`, string(a.Key.Framework), string(a.Key.Ref), string(a.Owner)); err != nil {
				return err
			}
		}
		for _, d := range x.Digests {
			if _, err := tx.Exec(ctx, `INSERT INTO digests (program, slot, created_at, snapshot) VALUES ($1, $2, $3, $4)`, d.Program, d.Slot, d.CreatedAt, d.Snapshot); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("postgres.ImportBot", errs.Internal, err, "importing check-ins, programs and digests")
}
