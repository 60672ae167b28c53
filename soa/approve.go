package soa

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/assay-dev/assay/assessor"
	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// AuditAction is the audit log's action for an approved statement.
const AuditAction = "soa_approve"

// Approval is a lead's approval of a statement's content, as the audit
// log records it.
type Approval struct {
	// Scope is the framework approved, or "all" for the whole program.
	Scope   string    `json:"scope"`
	Version int       `json:"version"`
	Hash    string    `json:"content_hash"`
	By      string    `json:"-"`
	At      time.Time `json:"-"`
}

func scopeOf(fw catalogs.FrameworkID) string {
	if fw == "" {
		return "all"
	}
	return string(fw)
}

// Approvals reads every recorded approval from the audit log, oldest first.
func Approvals(ctx context.Context, log assessor.AuditStore) ([]Approval, error) {
	var out []Approval
	err := log.AuditLog(ctx, func(e *assessor.Entry) error {
		if e.Action != AuditAction {
			return nil
		}
		var a Approval
		if err := json.Unmarshal([]byte(e.After), &a); err != nil {
			return errs.Wrap("soa.Approvals", errs.Internal, err, fmt.Sprintf("audit entry %d", e.Seq))
		}
		a.By, a.At = string(e.Actor), e.At
		out = append(out, a)
		return nil
	})
	return out, err
}

// Approve records a lead's approval of the statement as its next version
// in the audit log, and marks the statement approved. The caller checks
// that by is a lead. Approving content that is already the approved
// version is refused.
func Approve(ctx context.Context, log assessor.AuditStore, s *Statement, fw catalogs.FrameworkID, by assessor.UserID, door string) error {
	if s.Header.Approved {
		return errs.E("soa.Approve", errs.Conflict, "version %d of this Statement of Applicability, approved by %s, is unchanged: nothing to approve", s.Header.Version, s.Header.ApprovedBy)
	}
	a := Approval{Scope: scopeOf(fw), Version: s.Header.Version + 1, Hash: s.Header.Hash}
	after, _ := json.Marshal(a)
	e := &assessor.Entry{Actor: by, Door: door, Action: AuditAction, After: string(after)}
	if err := log.AppendAudit(ctx, e); err != nil {
		return err
	}
	at := e.At
	s.Header.Version, s.Header.Approved, s.Header.ApprovedBy, s.Header.ApprovedAt = a.Version, true, string(by), &at
	return nil
}
