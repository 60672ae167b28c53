// Package catalogs holds the control frameworks Assay assesses against:
// frameworks, their controls and clauses, and the crosswalks that say which
// control of one framework maps to which of another. The built-in catalogs
// are embedded (ISO control ids with titles and questions in Assay's own
// words; NIST text whole); others are imported from Assay's YAML format or
// OSCAL JSON. Refs are normalised, so A.5.15, 5.15 and a.5.15 all resolve.
//
// The package owns its types and the Store interface it needs;
// postgres.CatalogStore and sqlite.CatalogStore implement it, and the suite
// in catalogs/storetest holds both to it.
package catalogs
