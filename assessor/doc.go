// Package assessor drafts maturity ratings and keeps the record of what a
// person decided about them: the maturity model (scales, their levels'
// criteria, translation between scales, targets, and Score, the one place
// maturity is averaged), the drafting service over a Drafter (the offline
// rules here; a chat model through package llm), validation of every
// draft, the draft → confirmed/adjusted/rejected lifecycle, crosswalk
// proposals, the hash-chained audit log and calibration.
//
// The package owns its types and the Store interface it needs;
// postgres.AssessorStore and sqlite.AssessorStore implement it, and the
// suite in assessor/storetest holds both to it.
package assessor
