package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/backend"
	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
	"github.com/assay-dev/assay/retrieval"
)

// porter implements backend.Porter over the PostgreSQL stores. Every
// result set is read with pgx.CollectRows, which reports a stream that
// broke off, so an export never ends early without saying so.
type porter struct {
	db *DB
	a  *AssessorStore
}

var _ backend.Porter = (*porter)(nil)

// Counts implements backend.Porter: each table counted by its own query.
func (p *porter) Counts(ctx context.Context) (backend.Counts, error) {
	const op = "postgres.Counts"
	var c backend.Counts
	err := p.db.Pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM frameworks), (SELECT count(*) FROM documents), (SELECT count(*) FROM chunks),
		(SELECT count(*) FROM answers), (SELECT count(*) FROM drafts), (SELECT count(*) FROM audit_log), (SELECT count(*) FROM audit_checkpoints),
		(SELECT count(*) FROM programs), (SELECT count(*) FROM checkins), (SELECT count(*) FROM review_posts),
		(SELECT count(*) FROM owner_assignments), (SELECT count(*) FROM digests), (SELECT count(*) FROM applicability)`).Scan(
		&c.Catalogs, &c.Documents, &c.Chunks, &c.Answers, &c.Drafts, &c.AuditEntries, &c.Checkpoints,
		&c.Programs, &c.Checkins, &c.ReviewPosts, &c.Assignments, &c.Digests, &c.Decisions)
	if err != nil {
		return c, errs.Wrap(op, errs.Unavailable, err, "counting")
	}
	tables, err := p.vectorTables(ctx)
	if err != nil {
		return c, err
	}
	for _, t := range tables {
		var n int
		if err := p.db.Pool.QueryRow(ctx, `SELECT count(*) FROM `+t.table).Scan(&n); err != nil {
			return c, errs.Wrap(op, errs.Unavailable, err, "counting "+t.table)
		}
		c.Vectors += n
	}
	return c, nil
}

type spaceTable struct {
	sp    retrieval.Space
	table string
}

// vectorTables lists the embedding spaces and their vector tables; a space
// whose table was never created holds no vectors and is left out.
func (p *porter) vectorTables(ctx context.Context) ([]spaceTable, error) {
	rows, err := p.db.Pool.Query(ctx, `
		SELECT s.model, s.dims, 'chunk_vectors_' || s.id FROM embedding_spaces s
		WHERE to_regclass(format('%I.%I', current_schema(), 'chunk_vectors_' || s.id)) IS NOT NULL ORDER BY s.id`)
	if err != nil {
		return nil, errs.Wrap("postgres.vectorTables", errs.Unavailable, err, "query")
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (spaceTable, error) {
		var t spaceTable
		return t, r.Scan(&t.sp.Model, &t.sp.Dims, &t.table)
	})
	return out, errs.Wrap("postgres.vectorTables", errs.Unavailable, err, "reading embedding spaces")
}

// ExportVectors implements backend.Porter.
func (p *porter) ExportVectors(ctx context.Context, fn func(sp retrieval.Space, vecs map[retrieval.ChunkID][]float32) error) error {
	const op = "postgres.ExportVectors"
	tables, err := p.vectorTables(ctx)
	if err != nil {
		return err
	}
	for _, t := range tables {
		rows, err := p.db.Pool.Query(ctx, fmt.Sprintf(`SELECT chunk_id, embedding FROM %s`, t.table))
		if err != nil {
			return errs.Wrap(op, errs.Unavailable, err, "query")
		}
		vecs := map[retrieval.ChunkID][]float32{}
		var id retrieval.ChunkID
		var v pgvector.Vector
		if _, err := pgx.ForEachRow(rows, []any{&id, &v}, func() error { vecs[id] = v.Slice(); return nil }); err != nil {
			return errs.Wrap(op, errs.Unavailable, err, "reading "+t.table)
		}
		if err := fn(t.sp, vecs); err != nil {
			return err
		}
	}
	return nil
}

// ExportDocuments implements backend.Porter.
func (p *porter) ExportDocuments(ctx context.Context, fn func(doc *retrieval.Document, hash string, chunks []retrieval.ChunkRecord) error) error {
	const op = "postgres.ExportDocuments"
	type docRow struct {
		d    retrieval.Document
		hash string
	}
	rows, err := p.db.Pool.Query(ctx, `SELECT id, collection, title, framework, source, format, content_hash FROM documents ORDER BY id`)
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "query")
	}
	docs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (docRow, error) {
		var x docRow
		var fw string
		err := r.Scan(&x.d.ID, &x.d.Collection, &x.d.Title, &fw, &x.d.Source, &x.d.Format, &x.hash)
		x.d.Framework = catalogs.FrameworkID(fw)
		return x, err
	})
	if err != nil {
		return errs.Wrap(op, errs.Unavailable, err, "reading documents")
	}
	for i := range docs {
		rows, err := p.db.Pool.Query(ctx, `SELECT `+chunkColumns+` FROM chunks WHERE doc_id = $1 ORDER BY ordinal`, docs[i].d.ID)
		if err != nil {
			return errs.Wrap(op, errs.Unavailable, err, "query")
		}
		chunks, err := scanChunks(rows)
		if err != nil {
			return errs.Wrap(op, errs.Unavailable, err, "reading the chunks of "+docs[i].d.ID)
		}
		if err := fn(&docs[i].d, docs[i].hash, chunks); err != nil {
			return err
		}
	}
	return nil
}

// ExportAssessor implements backend.Porter.
func (p *porter) ExportAssessor(ctx context.Context) (*assessor.Records, error) {
	const op = "postgres.ExportAssessor"
	r := &assessor.Records{}
	rows, err := p.db.Pool.Query(ctx, `SELECT `+answerColumns+` FROM answers ORDER BY created_at, id`)
	if err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	if r.Answers, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (*assessor.Answer, error) { return scanAnswer(row) }); err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "reading answers")
	}
	if rows, err = p.db.Pool.Query(ctx, `SELECT `+draftColumns+` FROM drafts ORDER BY created_at, id`); err != nil {
		return nil, errs.Wrap(op, errs.Unavailable, err, "query")
	}
	if r.Drafts, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (*assessor.Draft, error) { return scanDraft(row) }); err != nil {
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
	err := p.db.inTx(ctx, func(tx pgx.Tx) error {
		for _, a := range r.Answers {
			if _, err := tx.Exec(ctx, `INSERT INTO answers (id, framework, ref, text, evidence, author, created_at, self_level, system, files, evidence_valid_until)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
				a.ID, string(a.Framework), string(a.Ref), a.Text, orEmpty(a.Evidence), a.Author, a.CreatedAt, a.SelfLevel, a.System, filesJSON(a.Files), a.ValidUntil()); err != nil {
				return err
			}
		}
		for _, d := range r.Drafts {
			cj := assessor.EncodeCitations(d.Citations)
			if _, err := tx.Exec(ctx, `
				INSERT INTO drafts (id, answer_id, proposed_from, framework, ref, scale, level, confidence, rationale, citations,
					evidence_used, gaps, next_steps, follow_up, flags, drafter, prompt_version, prompt_tokens, completion_tokens, status, error,
					created_at, final_level, decided_by, decided_at, reason, question, system)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28)`,
				d.ID, nullable(d.AnswerID), nullable(d.ProposedFrom), string(d.Framework), string(d.Ref), string(d.Scale), d.Level, d.Confidence, d.Rationale, cj,
				orEmpty(d.EvidenceUsed), orEmpty(d.Gaps), orEmpty(d.NextSteps), d.FollowUp, orEmpty(d.Flags), d.Drafter, d.Prompt, d.Tokens.Prompt, d.Tokens.Completion,
				string(d.Status), d.Error, d.CreatedAt, d.FinalLevel, d.DecidedBy, d.DecidedAt, d.Reason, d.Question, d.System); err != nil {
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
	return errs.Wrap("postgres.ImportAssessor", errs.Internal, err, "importing answers, drafts and the audit log")
}

// EnqueueDraft implements backend.Porter.
func (p *porter) EnqueueDraft(ctx context.Context, answerID assessor.AnswerID) error {
	err := p.db.inTx(ctx, func(tx pgx.Tx) error { return p.a.Queue.enqueueDraft(ctx, tx, answerID, 0) })
	return errs.Wrap("postgres.EnqueueDraft", errs.Unavailable, err, "queueing the draft")
}

// ExportChat implements backend.Porter.
func (p *porter) ExportChat(ctx context.Context) (*bot.Export, error) {
	const op = "postgres.ExportChat"
	x := &bot.Export{}
	read := func(what, sql string, collect func(pgx.Rows) error) error {
		rows, err := p.db.Pool.Query(ctx, sql)
		if err != nil {
			return errs.Wrap(op, errs.Unavailable, err, "query")
		}
		return errs.Wrap(op, errs.Unavailable, collect(rows), "reading "+what)
	}
	err := read("programs", `SELECT name, source, applied_by, applied_at FROM programs ORDER BY id`, func(rows pgx.Rows) (err error) {
		x.Programs, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (bot.ProgramRow, error) {
			var p bot.ProgramRow
			return p, r.Scan(&p.Name, &p.Source, &p.AppliedBy, &p.AppliedAt)
		})
		return err
	})
	if err == nil {
		err = read("check-ins", `SELECT `+checkinColumns+` FROM checkins ORDER BY created_at, id`, func(rows pgx.Rows) (err error) {
			x.Checkins, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (*bot.Checkin, error) { return scanCheckin(r) })
			return err
		})
	}
	if err == nil {
		err = read("review posts", `SELECT draft_id::text, channel, ts FROM review_posts ORDER BY claimed_at, draft_id`, func(rows pgx.Rows) (err error) {
			x.ReviewPosts, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (bot.ReviewPostRow, error) {
				var rp bot.ReviewPostRow
				return rp, r.Scan(&rp.DraftID, &rp.Channel, &rp.TS)
			})
			return err
		})
	}
	if err == nil {
		err = read("assignments", `SELECT framework, ref, owner FROM owner_assignments ORDER BY framework, ref`, func(rows pgx.Rows) (err error) {
			x.Assignments, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (bot.AssignmentRow, error) {
				var a bot.AssignmentRow
				return a, r.Scan(&a.Key.Framework, &a.Key.Ref, &a.Owner)
			})
			return err
		})
	}
	if err == nil {
		err = read("digests", `SELECT program, slot, created_at, snapshot, channel, ts FROM digests ORDER BY id`, func(rows pgx.Rows) (err error) {
			x.Digests, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (bot.DigestRow, error) {
				var d bot.DigestRow
				var ch string
				err := r.Scan(&d.Program, &d.Slot, &d.CreatedAt, &d.Snapshot, &ch, &d.TS)
				d.Channel = bot.ChannelID(ch)
				return d, err
			})
			return err
		})
	}
	if err == nil {
		err = read("applicability", `SELECT `+decisionColumns+` FROM applicability ORDER BY id`, func(rows pgx.Rows) (err error) {
			x.Applicability, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (program.Decision, error) { return scanDecision(r) })
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	return x, nil
}

// ImportChat implements backend.Porter, in one transaction.
func (p *porter) ImportChat(ctx context.Context, x *bot.Export) error {
	err := p.db.inTx(ctx, func(tx pgx.Tx) error {
		for _, p := range x.Programs {
			if _, err := tx.Exec(ctx, `INSERT INTO programs (name, source, applied_by, applied_at) VALUES ($1, $2, $3, $4)`, p.Name, p.Source, p.AppliedBy, p.AppliedAt); err != nil {
				return err
			}
		}
		for _, c := range x.Checkins {
			if _, err := tx.Exec(ctx, `
				INSERT INTO checkins (id, framework, ref, owner, delegate, status, channel, ts, snoozed_until, answer_id, question, reason,
					slot, claims, sent_at, nudges, last_nudged_at, escalated_at, created_at, updated_at, system, due_at, batch, sort_key, note)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`,
				c.ID, string(c.Key.Framework), string(c.Key.Ref), string(c.Owner), string(c.Delegate), string(c.Status), string(c.Channel), c.TS,
				c.SnoozedUntil, nullable(c.AnswerID), c.Question, c.Reason, c.Slot, c.Claims, c.SentAt, c.Nudges, c.LastNudgedAt, c.EscalatedAt,
				c.CreatedAt, c.UpdatedAt, c.System, c.DueAt, c.Batch, bot.SortKey(c.Key, c.System), c.Note); err != nil {
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
			if _, err := tx.Exec(ctx, `INSERT INTO digests (program, slot, created_at, snapshot, channel, ts) VALUES ($1, $2, $3, $4, $5, $6)`,
				d.Program, d.Slot, d.CreatedAt, d.Snapshot, string(d.Channel), d.TS); err != nil {
				return err
			}
		}
		for _, d := range x.Applicability {
			if _, err := tx.Exec(ctx, `INSERT INTO applicability (`+decisionColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
				string(d.Key.Framework), string(d.Key.Ref), d.Applicable, string(d.Reason), d.Justification, string(d.DecidedBy), d.Door, d.DecidedAt); err != nil {
				return err
			}
		}
		return nil
	})
	return errs.Wrap("postgres.ImportChat", errs.Internal, err, "importing check-ins, programs and digests")
}
