package cli

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/program"
)

func (a *App) auditCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "audit", Short: "The audit log of drafts and decisions"}
	var pubKeys, heads []string
	verify := &cobra.Command{
		Use:   "verify [--public-key HEX]... [--head SEQ:HASH]...",
		Short: "Check the audit log against every sign of a rewrite; exit 1 naming what is wrong",
		Long: `Checks the log's hash chain; its append-only guards; its checkpoints,
each signed by a key you trust and matching its entry, the newest entry
among them; any heads recorded elsewhere (--head, as "assay audit head"
printed them); and that every draft agrees with its newest entry: state,
levels, decision and who decided.

The keys trusted are this process's own (ASSAY_AUDIT_KEY or
ASSAY_AUDIT_KEY_FILE) and each --public-key, which is all an auditor
needs. Without any, checkpoints are matched to their entries but their
signatures are not checked, and the report says so.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := a.verifyOptions(pubKeys, heads)
			if err != nil {
				return err
			}
			st, err := a.Storage(cmd.Context())
			if err != nil {
				return err
			}
			r, err := assessor.VerifyAudit(cmd.Context(), st.Assessor, opts)
			if err != nil {
				return err
			}
			for _, n := range r.Notes {
				fmt.Fprintf(a.Stdout, "note: %s\n", n)
			}
			if !r.OK() {
				for _, p := range r.Problems {
					fmt.Fprintf(a.Stdout, "PROBLEM: %s\n", p)
				}
				if r.Unanchored != "" {
					fmt.Fprintf(a.Stdout, "PROBLEM: %s\n", r.Unanchored)
				}
				return errs.E("audit verify", errs.Invalid, "the audit log cannot be trusted as it stands: %d problems", len(r.Problems)+min(1, len(r.Unanchored)))
			}
			anchored := "not anchored"
			if r.Anchored {
				anchored = fmt.Sprintf("anchored by %d checkpoints", r.Checkpoints)
			}
			fmt.Fprintf(a.Stdout, "audit log intact: %d entries, %s; %d drafts agree with it; guards in place\n", r.Entries, anchored, r.Drafts)
			return nil
		},
	}
	verify.Flags().StringArrayVar(&pubKeys, "public-key", nil, "also trust checkpoints this public key signed (as `assay audit key` prints it)")
	verify.Flags().StringArrayVar(&heads, "head", nil, "an entry recorded elsewhere, SEQ:HASH, that must still be there unchanged")

	key := &cobra.Command{
		Use:   "key",
		Short: "Print the public key of this process's audit key: what an auditor verifies checkpoints with",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			anchor, err := a.anchor()
			if err != nil {
				return err
			}
			if anchor == nil {
				return errs.E("audit key", errs.Invalid, "no audit key: set ASSAY_AUDIT_KEY_FILE (or ASSAY_AUDIT_KEY); `assay audit keygen FILE` makes one")
			}
			fmt.Fprintf(a.Stdout, "%s\n", anchor.Public())
			return nil
		},
	}
	keygen := &cobra.Command{
		Use:   "keygen FILE",
		Short: "Write a new random audit key to FILE (readable by you alone) and print its public key",
		Long: `Writes a new random secret to FILE, which must not exist, readable by its
owner alone. Point every Assay process that writes the store at it with
ASSAY_AUDIT_KEY_FILE=FILE, and keep it off the database's machine and out
of its backups. Give the public key it prints to whoever verifies the log.`,
		Args: exactArgs(1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var raw [32]byte
			if _, err := rand.Read(raw[:]); err != nil {
				return errs.Wrap("audit keygen", errs.Internal, err, "random key")
			}
			secret := base64.RawURLEncoding.EncodeToString(raw[:])
			f, err := os.OpenFile(args[0], os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
			if err != nil {
				return errs.E("audit keygen", errs.Invalid, "cannot create %s: %v (an existing key is never overwritten)", args[0], errors.Unwrap(err))
			}
			if _, err := f.WriteString(secret + "\n"); err != nil {
				f.Close()
				return errs.Wrap("audit keygen", errs.Unavailable, err, "writing "+args[0])
			}
			if err := f.Close(); err != nil {
				return errs.Wrap("audit keygen", errs.Unavailable, err, "writing "+args[0])
			}
			anchor, err := assessor.NewAnchor(secret)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "wrote %s\npublic key: %s\nSet ASSAY_AUDIT_KEY_FILE=%s for every Assay process; an auditor verifies with\n  assay audit verify --public-key %s\n",
				args[0], anchor.Public(), args[0], anchor.Public())
			return nil
		},
	}
	var headJSON bool
	head := &cobra.Command{
		Use:   "head [--json]",
		Short: "Print the newest entry as SEQ:HASH, to record outside the store (verify --head checks it later)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.Storage(cmd.Context())
			if err != nil {
				return err
			}
			var w assessor.Witness
			if err := st.Assessor.AuditLog(cmd.Context(), func(e *assessor.Entry) error { w = assessor.Witness{Seq: e.Seq, Hash: e.Hash}; return nil }); err != nil {
				return err
			}
			if w.Seq == 0 {
				return errs.E("audit head", errs.NotFound, "the audit log is empty")
			}
			var cp *assessor.Checkpoint
			if err := st.Assessor.Checkpoints(cmd.Context(), func(c *assessor.Checkpoint) error {
				if c.Seq == w.Seq {
					cp = c
				}
				return nil
			}); err != nil {
				return err
			}
			if headJSON {
				return a.writeJSON(struct {
					Head       string               `json:"head"`
					Checkpoint *assessor.Checkpoint `json:"checkpoint"`
				}{w.String(), cp})
			}
			fmt.Fprintln(a.Stdout, w)
			return nil
		},
	}
	head.Flags().BoolVar(&headJSON, "json", false, "print JSON, with the head's checkpoint")
	anchor := &cobra.Command{
		Use:   "anchor",
		Short: "Vouch for the log as it stands and sign its head, when entries were written without the key",
		Long: `When processes wrote the log without ASSAY_AUDIT_KEY (before a key was
set, or a misconfigured one), verify reports entries no checkpoint covers.
If nothing else is wrong and you can vouch for those entries, anchor
appends an entry saying you did (as your operating-system user), which the
key signs. It refuses while anything else is wrong.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := a.anchor()
			if err != nil {
				return err
			}
			if key == nil {
				return errs.E("audit anchor", errs.Invalid, "no audit key: set ASSAY_AUDIT_KEY_FILE (or ASSAY_AUDIT_KEY)")
			}
			st, err := a.Storage(cmd.Context())
			if err != nil {
				return err
			}
			r, err := assessor.VerifyAudit(cmd.Context(), st.Assessor, assessor.VerifyOptions{Keys: []assessor.AnchorKey{key.Public()}})
			if err != nil {
				return err
			}
			if len(r.Problems) > 0 {
				for _, p := range r.Problems {
					fmt.Fprintf(a.Stdout, "PROBLEM: %s\n", p)
				}
				return errs.E("audit anchor", errs.Invalid, "not anchoring a log with problems: settle them first")
			}
			if r.Unanchored == "" {
				fmt.Fprintf(a.Stdout, "already anchored at entry %d; nothing to do\n", r.Head.Seq)
				return nil
			}
			door := cliDoor()
			after, _ := json.Marshal(map[string]any{"vouched_for": r.Head.String(), "unanchored": r.Unanchored})
			e := &assessor.Entry{Actor: assessor.UserID(strings.TrimPrefix(door, "cli:")), Door: door, Action: assessor.ActAnchored, After: string(after)}
			if err := st.Assessor.AppendAudit(cmd.Context(), e); err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "anchored: entry %d records that %s vouched for entries up to %d, and is signed\n", e.Seq, e.Actor, r.Head.Seq)
			return nil
		},
	}
	var asJSON bool
	var draft, since, control, actor string
	log := &cobra.Command{
		Use:   "log [--since T] [--control FW:REF] [--actor U] [--draft ID] [--json]",
		Short: "List the audit log: who did what to which control, when, and through which door",
		Long: `Each entry: its sequence number, time, the person acting (as the program
names them), the door they came through (slack, shell, or cli:<os user>
acting as them; empty for what Assay did itself), the action, the draft
and the control it concerns. --since takes a date (2026-11-30) or a time
(RFC 3339); the filters combine.`,
		Example: `  assay audit log --since 2026-11-01 --control iso42001:A.6.2.4
  assay audit log --actor U0LEAD0001 --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			st, err := a.Storage(ctx)
			if err != nil {
				return err
			}
			var from time.Time
			if since != "" {
				if from, err = time.Parse(time.RFC3339, since); err != nil {
					if from, err = time.Parse("2006-01-02", since); err != nil {
						return usageError{fmt.Errorf("--since %q: a date (2026-11-30) or a time (2026-11-30T09:00:00Z)", since)}
					}
				}
			}
			var want catalogs.Key
			if control != "" {
				lib, err := a.Library(ctx)
				if err != nil {
					return err
				}
				fw, ref, ok := strings.Cut(control, ":")
				if !ok {
					return usageError{fmt.Errorf("--control %q: write it FRAMEWORK:REF (iso42001:A.6.2.4)", control)}
				}
				c, err := lib.Set().Resolve(fw, ref)
				if err != nil {
					return err
				}
				want = c.Key()
			}
			keys := map[assessor.DraftID]string{}
			out := []auditEntryJSON{}
			if err := st.Assessor.AuditLog(ctx, func(e *assessor.Entry) error {
				if (draft != "" && string(e.DraftID) != draft) || (actor != "" && string(e.Actor) != actor) || e.At.Before(from) {
					return nil
				}
				k, err := entryControl(ctx, st.Assessor, e, keys)
				if err != nil {
					return err
				}
				if control == "" || k == want.String() {
					out = append(out, auditEntryJSON{e.Seq, e.At, e.Actor, e.Door, e.Action, e.DraftID, k, e.Hash})
				}
				return nil
			}); err != nil {
				return err
			}
			if asJSON {
				return a.writeJSON(out)
			}
			tw := tabwriter.NewWriter(a.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SEQ\tAT\tACTOR\tDOOR\tACTION\tCONTROL\tDRAFT")
			for _, e := range out {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Seq, e.At.UTC().Format(time.RFC3339), e.Actor, orDash(e.Door), e.Action, orDash(e.Control), e.DraftID)
			}
			return tw.Flush()
		},
	}
	log.Flags().StringVar(&draft, "draft", "", "only this draft's entries")
	log.Flags().StringVar(&since, "since", "", "only entries from this date or time on")
	log.Flags().StringVar(&control, "control", "", "only entries about this control (FRAMEWORK:REF)")
	log.Flags().StringVar(&actor, "actor", "", "only entries by this person")
	log.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.AddCommand(verify, log, head, key, keygen, anchor)
	return group(cmd)
}

// auditEntryJSON is an audit entry as audit log prints it.
type auditEntryJSON struct {
	Seq     int64            `json:"seq"`
	At      time.Time        `json:"at"`
	Actor   assessor.UserID  `json:"actor"`
	Door    string           `json:"door"`
	Action  string           `json:"action"`
	DraftID assessor.DraftID `json:"draft_id"`
	Control string           `json:"control"`
	Hash    string           `json:"hash"`
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// verifyOptions are the keys and heads audit verify trusts: this
// process's key, and those given.
func (a *App) verifyOptions(pubKeys, heads []string) (assessor.VerifyOptions, error) {
	var opts assessor.VerifyOptions
	own, err := a.anchor()
	if err != nil {
		return opts, err
	}
	if own != nil {
		opts.Keys = append(opts.Keys, own.Public())
	}
	for _, k := range pubKeys {
		pk, err := assessor.ParseAnchorKey(k)
		if err != nil {
			return opts, err
		}
		opts.Keys = append(opts.Keys, pk)
	}
	for _, h := range heads {
		w, err := assessor.ParseWitness(h)
		if err != nil {
			return opts, err
		}
		opts.Witnesses = append(opts.Witnesses, w)
	}
	return opts, nil
}

// entryControl names the control an audit entry concerns ("" for none):
// its draft's, or an applicability decision's. keys caches drafts'.
func entryControl(ctx context.Context, st assessor.Store, e *assessor.Entry, keys map[assessor.DraftID]string) (string, error) {
	if e.DraftID != "" {
		if k, ok := keys[e.DraftID]; ok {
			return k, nil
		}
		d, err := st.Draft(ctx, e.DraftID)
		if err != nil {
			return "", err
		}
		keys[e.DraftID] = d.Key().String()
		return keys[e.DraftID], nil
	}
	var c struct {
		Control string `json:"control"`
	}
	if e.Action == program.AuditAction && json.Unmarshal([]byte(e.After), &c) == nil {
		return c.Control, nil
	}
	return "", nil
}
