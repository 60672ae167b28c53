package postgres

import (
	"context"
	"encoding/json"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// CatalogStore implements catalogs.Store.
type CatalogStore struct{ DB *DB }

var _ catalogs.Store = (*CatalogStore)(nil)

// CatalogVersions implements catalogs.Store.
func (s *CatalogStore) CatalogVersions(ctx context.Context) (map[catalogs.FrameworkID]catalogs.StoredVersion, error) {
	rows, err := s.DB.Pool.Query(ctx, `SELECT id, origin, content_hash FROM frameworks`)
	if err != nil {
		return nil, errs.Wrap("postgres.CatalogVersions", errs.Unavailable, err, "query")
	}
	out := map[catalogs.FrameworkID]catalogs.StoredVersion{}
	for rows.Next() {
		var id, origin, hash string
		if err := rows.Scan(&id, &origin, &hash); err != nil {
			return nil, errs.Wrap("postgres.CatalogVersions", errs.Internal, err, "scan")
		}
		out[catalogs.FrameworkID(id)] = catalogs.StoredVersion{Origin: catalogs.Origin(origin), Hash: hash}
	}
	return out, rows.Err()
}

// PutCatalog implements catalogs.Store.
func (s *CatalogStore) PutCatalog(ctx context.Context, cat *catalogs.Catalog, hash string) error {
	const op = "postgres.PutCatalog"
	fw := cat.Framework
	refAliases, _ := json.Marshal(nonNilMap(fw.RefAliases))
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		// Serialise writers of one framework (replicas syncing built-ins).
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('assay.catalog.' || $1))`, fw.ID); err != nil {
			return err
		}
		// A replaced framework keeps its place in listings.
		var position int
		if err := tx.QueryRow(ctx, `
			SELECT COALESCE((SELECT position FROM frameworks WHERE id = $1),
			                (SELECT max(position) + 1 FROM frameworks), 0)`, fw.ID).Scan(&position); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM frameworks WHERE id = $1`, fw.ID); err != nil {
			return err
		}
		aliases := fw.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		if _, err := tx.Exec(ctx, `
			INSERT INTO frameworks (id, name, version, kind, license, description, aliases, ref_aliases,
			                        annex_b_mirrors_annex_a, origin, content_hash, position)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			fw.ID, fw.Name, fw.Version, fw.Kind, fw.License, fw.Description, aliases, refAliases,
			fw.AnnexBMirrorsAnnexA, fw.Origin, hash, position); err != nil {
			return err
		}
		ctlRows := make([][]any, len(cat.Controls))
		for i, c := range cat.Controls {
			hints := map[string]string{}
			for lvl, h := range c.LevelHints {
				hints[strconv.Itoa(lvl)] = h
			}
			hj, _ := json.Marshal(hints)
			qs := c.Questions
			if qs == nil {
				qs = []string{}
			}
			ctlRows[i] = []any{fw.ID, c.Ref, c.Kind, c.Title, c.Parent, c.Statement, c.Guidance, qs, hj, i}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"controls"},
			[]string{"framework_id", "ref", "kind", "title", "parent_ref", "statement", "guidance", "questions", "level_hints", "position"},
			pgx.CopyFromRows(ctlRows)); err != nil {
			return err
		}
		linkRows := make([][]any, len(cat.Links))
		for i, l := range cat.Links {
			linkRows[i] = []any{fw.ID, l.From.Framework, l.From.Ref, l.To.Framework, l.To.Ref, l.Relationship, l.Source, i}
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"control_links"},
			[]string{"owner_framework", "from_framework", "from_ref", "to_framework", "to_ref", "relationship", "source", "position"},
			pgx.CopyFromRows(linkRows))
		return err
	})
	if err != nil {
		return errs.Wrap(op, errs.Internal, err, "storing catalog "+string(fw.ID))
	}
	return nil
}

// Catalogs implements catalogs.Store.
func (s *CatalogStore) Catalogs(ctx context.Context) ([]catalogs.Catalog, error) {
	const op = "postgres.Catalogs"
	var cats []catalogs.Catalog
	index := map[catalogs.FrameworkID]int{}
	err := s.DB.inTx(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `
			SELECT id, name, version, kind, license, description, aliases, ref_aliases, annex_b_mirrors_annex_a, origin
			FROM frameworks ORDER BY position, id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var fw catalogs.Framework
			var refAliases []byte
			if err := rows.Scan(&fw.ID, &fw.Name, &fw.Version, &fw.Kind, &fw.License, &fw.Description,
				&fw.Aliases, &refAliases, &fw.AnnexBMirrorsAnnexA, &fw.Origin); err != nil {
				return err
			}
			_ = json.Unmarshal(refAliases, &fw.RefAliases)
			if len(fw.RefAliases) == 0 {
				fw.RefAliases = nil
			}
			if len(fw.Aliases) == 0 {
				fw.Aliases = nil
			}
			index[fw.ID] = len(cats)
			cats = append(cats, catalogs.Catalog{Framework: fw})
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `
			SELECT framework_id, ref, kind, title, parent_ref, statement, guidance, questions, level_hints, position
			FROM controls ORDER BY framework_id, position`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c catalogs.Control
			var hints []byte
			if err := rows.Scan(&c.Framework, &c.Ref, &c.Kind, &c.Title, &c.Parent, &c.Statement, &c.Guidance,
				&c.Questions, &hints, &c.Order); err != nil {
				return err
			}
			var hm map[string]string
			_ = json.Unmarshal(hints, &hm)
			for k, v := range hm {
				if lvl, err := strconv.Atoi(k); err == nil {
					if c.LevelHints == nil {
						c.LevelHints = map[int]string{}
					}
					c.LevelHints[lvl] = v
				}
			}
			if len(c.Questions) == 0 {
				c.Questions = nil
			}
			i := index[c.Framework]
			cats[i].Controls = append(cats[i].Controls, c)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.Query(ctx, `
			SELECT owner_framework, from_framework, from_ref, to_framework, to_ref, relationship, source
			FROM control_links ORDER BY owner_framework, position`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var owner catalogs.FrameworkID
			var l catalogs.Link
			if err := rows.Scan(&owner, &l.From.Framework, &l.From.Ref, &l.To.Framework, &l.To.Ref, &l.Relationship, &l.Source); err != nil {
				return err
			}
			i := index[owner]
			cats[i].Links = append(cats[i].Links, l)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, errs.Wrap(op, errs.Internal, err, "loading catalogs")
	}
	return cats, nil
}

func nonNilMap(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}
