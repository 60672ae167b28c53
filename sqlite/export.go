package sqlite

import (
	"context"
	"database/sql"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// ExportDocuments calls fn for each document with its chunks, for a copy
// to another backend.
func (s *RetrievalStore) ExportDocuments(ctx context.Context, fn func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error) error {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT id, collection, title, framework, source, format, content_hash FROM documents ORDER BY id`)
	if err != nil {
		return errs.Wrap("sqlite.ExportDocuments", errs.Unavailable, err, "query")
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
			return errs.Wrap("sqlite.ExportDocuments", errs.Internal, err, "scan")
		}
		r.d.Framework = catalogs.FrameworkID(fw)
		docs = append(docs, r)
	}
	rows.Close()
	for i := range docs {
		chunks, err := queryChunks(ctx, s.DB.SQL, `SELECT `+chunkCols+` FROM chunks WHERE doc_id = ? ORDER BY ordinal`, docs[i].d.ID)
		if err != nil {
			return errs.Wrap("sqlite.ExportDocuments", errs.Unavailable, err, "query")
		}
		if err := fn(&docs[i].d, docs[i].hash, chunks); err != nil {
			return err
		}
	}
	return nil
}

// ExportVectors calls fn with each embedding space and its vectors by chunk.
func (s *RetrievalStore) ExportVectors(ctx context.Context, fn func(sp retrieval.Space, vecs map[string][]float32) error) error {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT id, model, dims FROM embedding_spaces ORDER BY id`)
	if err != nil {
		return errs.Wrap("sqlite.ExportVectors", errs.Unavailable, err, "query")
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
			return errs.Wrap("sqlite.ExportVectors", errs.Internal, err, "scan")
		}
		spaces = append(spaces, x)
	}
	rows.Close()
	for _, x := range spaces {
		vrows, err := s.DB.SQL.QueryContext(ctx, `SELECT chunk_id, embedding FROM chunk_vectors WHERE space_id = ?`, x.id)
		if err != nil {
			return errs.Wrap("sqlite.ExportVectors", errs.Unavailable, err, "query")
		}
		vecs := map[string][]float32{}
		for vrows.Next() {
			var id string
			var b []byte
			if err := vrows.Scan(&id, &b); err != nil {
				vrows.Close()
				return errs.Wrap("sqlite.ExportVectors", errs.Internal, err, "scan")
			}
			vecs[id] = decodeVec(b)
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
	const op = "sqlite.ExportAssessor"
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT id FROM answers ORDER BY created_at, id`)
	if err != nil {
		return nil, nil, nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	var answers []*assessor.Answer
	for _, id := range ids {
		a, err := s.Answer(ctx, id)
		if err != nil {
			return nil, nil, nil, err
		}
		answers = append(answers, a)
	}
	drafts, err := s.ListDrafts(ctx, "", 1<<30)
	if err != nil {
		return nil, nil, nil, err
	}
	for i, j := 0, len(drafts)-1; i < j; i, j = i+1, j-1 { // oldest first
		drafts[i], drafts[j] = drafts[j], drafts[i]
	}
	var audit []*assessor.Entry
	err = s.AuditLog(ctx, func(e *assessor.Entry) error { audit = append(audit, e); return nil })
	return answers, drafts, audit, err
}

// Import stores answers, drafts and audit entries as they are (ids, times,
// decisions and hashes kept), in one transaction, into an empty store.
func (s *AssessorStore) Import(ctx context.Context, answers []*assessor.Answer, drafts []*assessor.Draft, audit []*assessor.Entry) error {
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		for _, a := range answers {
			if _, err := tx.ExecContext(ctx, `INSERT INTO answers (id, framework, ref, text, evidence, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				a.ID, string(a.Framework), string(a.Ref), a.Text, jsonList(a.Evidence), a.Author, ts(a.CreatedAt)); err != nil {
				return err
			}
		}
		for _, d := range drafts {
			cj := assessor.EncodeCitations(d.Citations)
			var followUp sql.NullString
			if d.FollowUp != nil {
				followUp = sql.NullString{String: *d.FollowUp, Valid: true}
			}
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO drafts (id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
					evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens, status, error,
					created_at, final_level, decided_by, decided_at, reason, question)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				d.ID, nullString(d.AnswerID), nullString(d.ProposedFrom), string(d.Framework), string(d.Ref), string(d.Scale), d.Level, d.Confidence,
				d.Rationale, string(cj), jsonList(d.EvidenceUsed), jsonList(d.Gaps), jsonList(d.NextSteps), followUp, jsonList(d.Flags),
				d.Drafter, d.Prompt, d.Tokens.Prompt, d.Tokens.Completion, string(d.Status), d.Error, ts(d.CreatedAt), d.FinalLevel,
				d.DecidedBy, optTS(d.DecidedAt), d.Reason, d.Question); err != nil {
				return err
			}
		}
		for _, e := range audit {
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO audit_log (seq, at, actor, action, draft_id, before, after, prompt, model, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				e.Seq, ts(e.At), e.Actor, e.Action, nullString(e.DraftID), e.Before, e.After, e.Prompt, e.Model, e.PrevHash, e.Hash); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("sqlite.ImportAssessor", errs.Internal, err, "importing answers, drafts and the audit log")
}

// EnqueueDraft queues drafting for a stored answer (after a copy).
func (s *AssessorStore) EnqueueDraft(ctx context.Context, answerID string) error {
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error { return s.Queue.enqueueDraft(ctx, tx, answerID, 0) })
	return errs.Wrap("sqlite.EnqueueDraft", errs.Unavailable, err, "queueing the draft")
}

// Export returns everything the chat side keeps.
func (s *BotStore) Export(ctx context.Context) (*bot.Export, error) {
	const op = "sqlite.ExportBot"
	x := &bot.Export{}
	prows, err := s.DB.SQL.QueryContext(ctx, `SELECT name, source, applied_by, applied_at FROM programs ORDER BY id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	for prows.Next() {
		var p bot.ProgramRow
		var at string
		if err := prows.Scan(&p.Name, &p.Source, &p.AppliedBy, &at); err != nil {
			prows.Close()
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		p.AppliedAt = parseTS(at)
		x.Programs = append(x.Programs, p)
	}
	prows.Close()
	if x.Checkins, err = s.checkins(ctx, op, `SELECT `+checkinColumns+` FROM checkins ORDER BY created_at, id`); err != nil {
		return nil, err
	}
	rrows, err := s.DB.SQL.QueryContext(ctx, `SELECT draft_id, channel, ts FROM review_posts ORDER BY rowid`)
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
	arows, err := s.DB.SQL.QueryContext(ctx, `SELECT framework, ref, owner FROM owner_assignments ORDER BY framework, ref`)
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
	drows, err := s.DB.SQL.QueryContext(ctx, `SELECT program, slot, created_at, snapshot FROM digests ORDER BY id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	defer drows.Close()
	for drows.Next() {
		var d bot.DigestRow
		var slot sql.NullString
		var created, snap string
		if err := drows.Scan(&d.Program, &slot, &created, &snap); err != nil {
			return nil, errs.Wrap(op, errs.Internal, err, "scan")
		}
		d.Slot, d.CreatedAt, d.Snapshot = optTime(slot), parseTS(created), []byte(snap)
		x.Digests = append(x.Digests, d)
	}
	return x, errs.Wrap(op, errs.Unavailable, drows.Err(), "query")
}

// Import stores what Export returned, into an empty store, in one
// transaction.
func (s *BotStore) Import(ctx context.Context, x *bot.Export) error {
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		for _, p := range x.Programs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO programs (name, source, applied_by, applied_at) VALUES (?, ?, ?, ?)`, p.Name, p.Source, p.AppliedBy, ts(p.AppliedAt)); err != nil {
				return err
			}
		}
		for _, c := range x.Checkins {
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO checkins (id, framework, ref, owner, delegate, status, channel, ts, snoozed_until, answer_id, question, reason,
					slot, claims, sent_at, nudges, last_nudged_at, escalated_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				c.ID, string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS,
				optTS(c.SnoozedUntil), nullString(c.AnswerID), c.Question, c.Reason, optTS(c.Slot), c.Claims, optTS(c.SentAt), c.Nudges,
				optTS(c.LastNudgedAt), optTS(c.EscalatedAt), ts(c.CreatedAt), ts(c.UpdatedAt)); err != nil {
				return err
			}
		}
		for _, r := range x.ReviewPosts {
			if _, err := tx.ExecContext(ctx, `INSERT INTO review_posts (draft_id, channel, ts) VALUES (?, ?, ?)`, r.DraftID, string(r.Channel), r.TS); err != nil {
				return err
			}
		}
		for _, a := range x.Assignments {
			if _, err := tx.ExecContext(ctx, `INSERT INTO owner_assignments (framework, ref, owner) VALUES (?, ?, ?)`, string(a.Key.Framework), string(a.Key.Ref), string(a.Owner)); err != nil {
				return err
			}
		}
		for _, d := range x.Digests {
			if _, err := tx.ExecContext(ctx, `INSERT INTO digests (program, slot, created_at, snapshot) VALUES (?, ?, ?, ?)`, d.Program, optTS(d.Slot), ts(d.CreatedAt), string(d.Snapshot)); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("sqlite.ImportBot", errs.Internal, err, "importing check-ins, programs and digests")
}
