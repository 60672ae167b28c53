package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
)

// CatalogStore implements catalogs.Store.
type CatalogStore struct{ DB *DB }

var _ catalogs.Store = (*CatalogStore)(nil)

// CatalogVersions implements catalogs.Store.
func (s *CatalogStore) CatalogVersions(ctx context.Context) (map[catalogs.FrameworkID]catalogs.StoredVersion, error) {
	rows, err := s.DB.SQL.QueryContext(ctx, `SELECT id, origin, content_hash FROM frameworks`)
	if err != nil {
		return nil, errs.Wrap("sqlite.CatalogVersions", errs.Unavailable, err, "query")
	}
	defer rows.Close()
	out := map[catalogs.FrameworkID]catalogs.StoredVersion{}
	for rows.Next() {
		var id, origin, hash string
		if err := rows.Scan(&id, &origin, &hash); err != nil {
			return nil, errs.Wrap("sqlite.CatalogVersions", errs.Internal, err, "scan")
		}
		out[catalogs.FrameworkID(id)] = catalogs.StoredVersion{Origin: catalogs.Origin(origin), Hash: hash}
	}
	return out, rows.Err()
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// PutCatalog implements catalogs.Store.
func (s *CatalogStore) PutCatalog(ctx context.Context, cat *catalogs.Catalog, hash string) error {
	fw := cat.Framework
	aliases := fw.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	refAliases := fw.RefAliases
	if refAliases == nil {
		refAliases = map[string]string{}
	}
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		// A replaced framework keeps its place in listings.
		var position int
		if err := tx.QueryRowContext(ctx, `
			SELECT COALESCE((SELECT position FROM frameworks WHERE id = ?1), (SELECT max(position) + 1 FROM frameworks), 0)`, string(fw.ID)).Scan(&position); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM frameworks WHERE id = ?`, string(fw.ID)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO frameworks (id, name, version, kind, license, description, aliases, ref_aliases,
			                        annex_b_mirrors_annex_a, origin, content_hash, position)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			string(fw.ID), fw.Name, fw.Version, string(fw.Kind), fw.License, fw.Description, jsonText(aliases), jsonText(refAliases),
			fw.AnnexBMirrorsAnnexA, string(fw.Origin), hash, position); err != nil {
			return err
		}
		ins, err := tx.PrepareContext(ctx, `
			INSERT INTO controls (framework_id, ref, kind, title, parent_ref, statement, guidance, questions, level_hints, position)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for i, c := range cat.Controls {
			hints := map[string]string{}
			for lvl, h := range c.LevelHints {
				hints[strconv.Itoa(lvl)] = h
			}
			qs := c.Questions
			if qs == nil {
				qs = []string{}
			}
			if _, err := ins.ExecContext(ctx, string(fw.ID), string(c.Ref), string(c.Kind), c.Title, string(c.Parent), c.Statement, c.Guidance,
				jsonText(qs), jsonText(hints), i); err != nil {
				return err
			}
		}
		link, err := tx.PrepareContext(ctx, `
			INSERT INTO control_links (owner_framework, from_framework, from_ref, to_framework, to_ref, relationship, source, position)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer link.Close()
		for i, l := range cat.Links {
			if _, err := link.ExecContext(ctx, string(fw.ID), string(l.From.Framework), string(l.From.Ref), string(l.To.Framework), string(l.To.Ref),
				string(l.Relationship), l.Source, i); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return errs.Wrap("sqlite.PutCatalog", errs.Internal, err, "storing catalog "+string(fw.ID))
	}
	return nil
}

// Catalogs implements catalogs.Store.
func (s *CatalogStore) Catalogs(ctx context.Context) ([]catalogs.Catalog, error) {
	var cats []catalogs.Catalog
	index := map[catalogs.FrameworkID]int{}
	err := s.DB.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `
			SELECT id, name, version, kind, license, description, aliases, ref_aliases, annex_b_mirrors_annex_a, origin
			FROM frameworks ORDER BY position, id`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var fw catalogs.Framework
			var id, kind, origin, aliases, refAliases string
			if err := rows.Scan(&id, &fw.Name, &fw.Version, &kind, &fw.License, &fw.Description, &aliases, &refAliases, &fw.AnnexBMirrorsAnnexA, &origin); err != nil {
				rows.Close()
				return err
			}
			fw.ID, fw.Kind, fw.Origin = catalogs.FrameworkID(id), catalogs.FrameworkKind(kind), catalogs.Origin(origin)
			_ = json.Unmarshal([]byte(aliases), &fw.Aliases)
			_ = json.Unmarshal([]byte(refAliases), &fw.RefAliases)
			if len(fw.RefAliases) == 0 {
				fw.RefAliases = nil
			}
			if len(fw.Aliases) == 0 {
				fw.Aliases = nil
			}
			index[fw.ID] = len(cats)
			cats = append(cats, catalogs.Catalog{Framework: fw})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, `
			SELECT framework_id, ref, kind, title, parent_ref, statement, guidance, questions, level_hints, position
			FROM controls ORDER BY framework_id, position`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var c catalogs.Control
			var fwID, ref, kind, parent, questions, hints string
			if err := rows.Scan(&fwID, &ref, &kind, &c.Title, &parent, &c.Statement, &c.Guidance, &questions, &hints, &c.Order); err != nil {
				rows.Close()
				return err
			}
			c.Framework, c.Ref, c.Kind, c.Parent = catalogs.FrameworkID(fwID), catalogs.Ref(ref), catalogs.ItemKind(kind), catalogs.Ref(parent)
			_ = json.Unmarshal([]byte(questions), &c.Questions)
			if len(c.Questions) == 0 {
				c.Questions = nil
			}
			var hm map[string]string
			_ = json.Unmarshal([]byte(hints), &hm)
			for k, v := range hm {
				if lvl, err := strconv.Atoi(k); err == nil {
					if c.LevelHints == nil {
						c.LevelHints = map[int]string{}
					}
					c.LevelHints[lvl] = v
				}
			}
			i := index[c.Framework]
			cats[i].Controls = append(cats[i].Controls, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, `
			SELECT owner_framework, from_framework, from_ref, to_framework, to_ref, relationship, source
			FROM control_links ORDER BY owner_framework, position`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var owner, ff, fr, tf, tr, rel string
			var l catalogs.Link
			if err := rows.Scan(&owner, &ff, &fr, &tf, &tr, &rel, &l.Source); err != nil {
				return err
			}
			l.From = catalogs.Key{Framework: catalogs.FrameworkID(ff), Ref: catalogs.Ref(fr)}
			l.To = catalogs.Key{Framework: catalogs.FrameworkID(tf), Ref: catalogs.Ref(tr)}
			l.Relationship = catalogs.Relationship(rel)
			i := index[catalogs.FrameworkID(owner)]
			cats[i].Links = append(cats[i].Links, l)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, errs.Wrap("sqlite.Catalogs", errs.Internal, err, "loading catalogs")
	}
	return cats, nil
}
