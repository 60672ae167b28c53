package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
)

// porter implements backend.Porter over the store file. Every result set
// is read with forEachRow, which reports a stream that broke off, so an
// export never ends early without saying so.
type porter struct {
	db *DB
	a  *AssessorStore
}

var _ backend.Porter = (*porter)(nil)

// forEachRow scans each row of rows into dest and calls fn after it,
// closing rows; a result set that broke off is an error, not an end.
func forEachRow(rows *sql.Rows, dest []any, fn func() error) error {
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if err := fn(); err != nil {
			return err
		}
	}
	return rows.Err()
}

// each runs a query and hands every row to fn through dest.
func (db *DB) each(ctx context.Context, what, query string, args []any, dest []any, fn func() error) error {
	rows, err := db.SQL.QueryContext(ctx, query, args...)
	if err != nil {
		return errs.Wrap("sqlite.export", errs.Unavailable, err, "query")
	}
	return errs.Wrap("sqlite.export", errs.Unavailable, forEachRow(rows, dest, fn), "reading "+what)
}

// Counts implements backend.Porter: each table counted by its own query.
func (p *porter) Counts(ctx context.Context) (backend.Counts, error) {
	var c backend.Counts
	err := p.db.SQL.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM frameworks), (SELECT count(*) FROM documents), (SELECT count(*) FROM chunks),
		(SELECT count(*) FROM chunk_vectors v JOIN embedding_spaces s ON s.id = v.space_id),
		(SELECT count(*) FROM answers), (SELECT count(*) FROM drafts), (SELECT count(*) FROM audit_log), (SELECT count(*) FROM audit_checkpoints),
		(SELECT count(*) FROM programs), (SELECT count(*) FROM checkins), (SELECT count(*) FROM review_posts),
		(SELECT count(*) FROM owner_assignments), (SELECT count(*) FROM digests), (SELECT count(*) FROM applicability)`).Scan(
		&c.Catalogs, &c.Documents, &c.Chunks, &c.Vectors, &c.Answers, &c.Drafts, &c.AuditEntries, &c.Checkpoints,
		&c.Programs, &c.Checkins, &c.ReviewPosts, &c.Assignments, &c.Digests, &c.Decisions)
	return c, errs.Wrap("sqlite.Counts", errs.Unavailable, err, "counting")
}

// ExportVectors implements backend.Porter.
func (p *porter) ExportVectors(ctx context.Context, fn func(sp retrieval.Space, vecs map[retrieval.ChunkID][]float32) error) error {
	type space struct {
		id int
		sp retrieval.Space
	}
	var spaces []space
	var x space
	if err := p.db.each(ctx, "embedding spaces", `SELECT id, model, dims FROM embedding_spaces ORDER BY id`, nil,
		[]any{&x.id, &x.sp.Model, &x.sp.Dims}, func() error { spaces = append(spaces, x); return nil }); err != nil {
		return err
	}
	for _, sp := range spaces {
		vecs := map[retrieval.ChunkID][]float32{}
		var id retrieval.ChunkID
		var b []byte
		if err := p.db.each(ctx, "vectors", `SELECT chunk_id, embedding FROM chunk_vectors WHERE space_id = ?`, []any{sp.id},
			[]any{&id, &b}, func() error { vecs[id] = decodeVec(b); return nil }); err != nil {
			return err
		}
		if err := fn(sp.sp, vecs); err != nil {
			return err
		}
	}
	return nil
}

// ExportDocuments implements backend.Porter.
func (p *porter) ExportDocuments(ctx context.Context, fn func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error) error {
	type docRow struct {
		d    retrieval.Document
		hash string
	}
	var docs []docRow
	var r docRow
	var fw string
	if err := p.db.each(ctx, "documents", `SELECT id, collection, title, framework, source, format, content_hash FROM documents ORDER BY id`, nil,
		[]any{&r.d.ID, &r.d.Collection, &r.d.Title, &fw, &r.d.Source, &r.d.Format, &r.hash}, func() error {
			r.d.Framework = catalogs.FrameworkID(fw)
			docs = append(docs, r)
			return nil
		}); err != nil {
		return err
	}
	for i := range docs {
		chunks, err := queryChunks(ctx, p.db.SQL, `SELECT `+chunkCols+` FROM chunks WHERE doc_id = ? ORDER BY ordinal`, docs[i].d.ID)
		if err != nil {
			return readErr("sqlite.ExportDocuments", err, "reading the chunks of "+docs[i].d.ID)
		}
		if err := fn(&docs[i].d, docs[i].hash, chunks); err != nil {
			return err
		}
	}
	return nil
}

// ExportAssessor implements backend.Porter.
func (p *porter) ExportAssessor(ctx context.Context) (*assessor.Records, error) {
	const op = "sqlite.ExportAssessor"
	r := &assessor.Records{}
	rows, err := p.db.SQL.QueryContext(ctx, `SELECT `+answerColumns+` FROM answers ORDER BY created_at, id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	if r.Answers, err = collect(rows, func(r *sql.Rows) (*assessor.Answer, error) { return scanAnswer(r) }); err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "reading answers")
	}
	if rows, err = p.db.SQL.QueryContext(ctx, `SELECT `+draftColumns+` FROM drafts ORDER BY created_at, id`); err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	if r.Drafts, err = collect(rows, func(r *sql.Rows) (*assessor.Draft, error) { return scanDraft(r) }); err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "reading drafts")
	}
	if err := p.a.AuditLog(ctx, func(e *assessor.Entry) error { r.Audit = append(r.Audit, e); return nil }); err != nil {
		return nil, err
	}
	err = p.a.Checkpoints(ctx, func(c *assessor.Checkpoint) error { r.Checkpoints = append(r.Checkpoints, c); return nil })
	return r, err
}

// ImportAssessor implements backend.Porter: answers, drafts, audit
// entries and checkpoints as they are (ids, times, decisions and hashes kept), in one
// transaction.
func (p *porter) ImportAssessor(ctx context.Context, r *assessor.Records) error {
	err := p.db.inTx(ctx, func(tx *sql.Tx) error {
		for _, a := range r.Answers {
			if _, err := tx.ExecContext(ctx, `INSERT INTO answers (id, framework, ref, text, evidence, author, created_at, self_level, system, files, evidence_valid_until)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				a.ID, string(a.Framework), string(a.Ref), a.Text, jsonList(a.Evidence), a.Author, ts(a.CreatedAt), a.SelfLevel, a.System, filesJSON(a.Files), optTS(a.ValidUntil())); err != nil {
				return err
			}
		}
		for _, d := range r.Drafts {
			cj := assessor.EncodeCitations(d.Citations)
			var followUp sql.NullString
			if d.FollowUp != nil {
				followUp = sql.NullString{String: *d.FollowUp, Valid: true}
			}
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO drafts (id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
					evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens, status, error,
					created_at, final_level, decided_by, decided_at, reason, question, system)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				d.ID, nullString(d.AnswerID), nullString(d.ProposedFrom), string(d.Framework), string(d.Ref), string(d.Scale), d.Level, d.Confidence,
				d.Rationale, string(cj), jsonList(d.EvidenceUsed), jsonList(d.Gaps), jsonList(d.NextSteps), followUp, jsonList(d.Flags),
				d.Drafter, d.Prompt, d.Tokens.Prompt, d.Tokens.Completion, string(d.Status), d.Error, ts(d.CreatedAt), d.FinalLevel,
				d.DecidedBy, optTS(d.DecidedAt), d.Reason, d.Question, d.System); err != nil {
				return err
			}
		}
		for _, e := range r.Audit {
			if err := insertAudit(ctx, tx, e); err != nil {
				return err
			}
		}
		for _, c := range r.Checkpoints {
			if err := insertCheckpoint(ctx, tx, c); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("sqlite.ImportAssessor", errs.Internal, err, "importing answers, drafts and the audit log")
}

// EnqueueDraft implements backend.Porter.
func (p *porter) EnqueueDraft(ctx context.Context, answerID assessor.AnswerID) error {
	err := p.db.inTx(ctx, func(tx *sql.Tx) error { return p.a.Queue.enqueueDraft(ctx, tx, answerID, 0) })
	return errs.Wrap("sqlite.EnqueueDraft", errs.Unavailable, err, "queueing the draft")
}

// ExportChat implements backend.Porter.
func (p *porter) ExportChat(ctx context.Context) (*bot.Export, error) {
	x := &bot.Export{}
	var at string
	var pr bot.ProgramRow
	err := p.db.each(ctx, "programs", `SELECT name, source, applied_by, applied_at FROM programs ORDER BY id`, nil,
		[]any{&pr.Name, &pr.Source, &pr.AppliedBy, &at}, func() error {
			pr.AppliedAt = parseTS(at)
			x.Programs = append(x.Programs, pr)
			return nil
		})
	if err == nil {
		x.Checkins, err = p.db.checkins(ctx, "sqlite.ExportChat", `SELECT `+checkinColumns+` FROM checkins ORDER BY created_at, id`)
	}
	var rp bot.ReviewPostRow
	if err == nil {
		err = p.db.each(ctx, "review posts", `SELECT draft_id, channel, ts FROM review_posts ORDER BY rowid`, nil,
			[]any{&rp.DraftID, &rp.Channel, &rp.TS}, func() error { x.ReviewPosts = append(x.ReviewPosts, rp); return nil })
	}
	var as bot.AssignmentRow
	if err == nil {
		err = p.db.each(ctx, "assignments", `SELECT framework, ref, owner FROM owner_assignments ORDER BY framework, ref`, nil,
			[]any{&as.Key.Framework, &as.Key.Ref, &as.Owner}, func() error { x.Assignments = append(x.Assignments, as); return nil })
	}
	var d bot.DigestRow
	var slot sql.NullString
	var created, snap, dch string
	if err == nil {
		err = p.db.each(ctx, "digests", `SELECT program, slot, created_at, snapshot, channel, ts FROM digests ORDER BY id`, nil,
			[]any{&d.Program, &slot, &created, &snap, &dch, &d.TS}, func() error {
				d.Slot, d.CreatedAt, d.Snapshot, d.Channel = optTime(slot), parseTS(created), []byte(snap), bot.ChannelID(dch)
				x.Digests = append(x.Digests, d)
				return nil
			})
	}
	if err == nil {
		var rows *sql.Rows
		if rows, err = p.db.SQL.QueryContext(ctx, `SELECT `+decisionColumns+` FROM applicability ORDER BY id`); err == nil {
			for rows.Next() && err == nil {
				var dec program.Decision
				if dec, err = scanDecision(rows); err == nil {
					x.Applicability = append(x.Applicability, dec)
				}
			}
			err = errors.Join(err, rows.Err(), rows.Close())
		}
		err = errs.Wrap("sqlite.ExportChat", errs.Unavailable, err, "reading applicability")
	}
	if err != nil {
		return nil, err
	}
	return x, nil
}

// ImportChat implements backend.Porter, in one transaction.
func (p *porter) ImportChat(ctx context.Context, x *bot.Export) error {
	err := p.db.inTx(ctx, func(tx *sql.Tx) error {
		for _, p := range x.Programs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO programs (name, source, applied_by, applied_at) VALUES (?, ?, ?, ?)`, p.Name, p.Source, p.AppliedBy, ts(p.AppliedAt)); err != nil {
				return err
			}
		}
		for _, c := range x.Checkins {
			if _, err := tx.ExecContext(ctx, `
				INSERT INTO checkins (id, framework, ref, owner, delegate, status, channel, ts, snoozed_until, answer_id, question, reason,
					slot, claims, sent_at, nudges, last_nudged_at, escalated_at, created_at, updated_at, system, due_at, batch, sort_key, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				c.ID, string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS,
				optTS(c.SnoozedUntil), nullString(c.AnswerID), c.Question, c.Reason, optTS(c.Slot), c.Claims, optTS(c.SentAt), c.Nudges,
				optTS(c.LastNudgedAt), optTS(c.EscalatedAt), ts(c.CreatedAt), ts(c.UpdatedAt), c.System, optTS(c.DueAt), c.Batch, bot.SortKey(c.Key, c.System), c.Note); err != nil {
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
			if _, err := tx.ExecContext(ctx, `INSERT INTO digests (program, slot, created_at, snapshot, channel, ts) VALUES (?, ?, ?, ?, ?, ?)`,
				d.Program, optTS(d.Slot), ts(d.CreatedAt), string(d.Snapshot), string(d.Channel), d.TS); err != nil {
				return err
			}
		}
		for _, d := range x.Applicability {
			if _, err := tx.ExecContext(ctx, `INSERT INTO applicability (`+decisionColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				string(d.Key.Framework), string(d.Key.Ref), d.Applicable, string(d.Reason), d.Justification, string(d.DecidedBy), d.Door, ts(d.DecidedAt)); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("sqlite.ImportChat", errs.Internal, err, "importing check-ins, programs and digests")
}
