// Package assessor drafts maturity ratings and keeps the record of what a
// person decided about them. This file group holds the maturity model:
// scales, their levels' criteria, translation between scales, and targets.
//
// Drafting (LLM and offline), validation, the draft lifecycle and the audit
// trail build on it (see the assessor issue).
package assessor
