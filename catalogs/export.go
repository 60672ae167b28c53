package catalogs

import (
	"strings"

	"gopkg.in/yaml.v3"
)

type exportDoc struct {
	AssayCatalog int             `yaml:"assay_catalog"`
	Framework    exportFramework `yaml:"framework"`
	Controls     []exportControl `yaml:"controls"`
	Mappings     []exportMapping `yaml:"mappings,omitempty"`
}

type exportFramework struct {
	ID                  string            `yaml:"id"`
	Name                string            `yaml:"name"`
	Version             string            `yaml:"version,omitempty"`
	Kind                string            `yaml:"kind"`
	License             string            `yaml:"license,omitempty"`
	Aliases             []string          `yaml:"aliases,omitempty"`
	Description         string            `yaml:"description,omitempty"`
	AnnexBMirrorsAnnexA bool              `yaml:"annex_b_mirrors_annex_a,omitempty"`
	RefAliases          map[string]string `yaml:"ref_aliases,omitempty"`
}

type exportControl struct {
	Ref       string         `yaml:"ref"`
	Title     string         `yaml:"title"`
	Kind      string         `yaml:"kind,omitempty"`
	Parent    string         `yaml:"parent,omitempty"`
	Statement string         `yaml:"statement,omitempty"`
	Questions []string       `yaml:"questions,omitempty"`
	Levels    map[int]string `yaml:"levels,omitempty"`
}

type exportMapping struct {
	From         string `yaml:"from"`
	To           string `yaml:"to"`
	Relationship string `yaml:"relationship"`
	Source       string `yaml:"source"`
}

// ExportYAML writes a catalog in the Assay format, so it can be edited and
// imported again. Guidance text is not part of the format and is left out.
func ExportYAML(c *Catalog) ([]byte, error) {
	fw := c.Framework
	doc := exportDoc{AssayCatalog: 1, Framework: exportFramework{
		ID: string(fw.ID), Name: fw.Name, Version: fw.Version, Kind: string(fw.Kind), License: fw.License,
		Aliases: fw.Aliases, Description: fw.Description, AnnexBMirrorsAnnexA: fw.AnnexBMirrorsAnnexA, RefAliases: fw.RefAliases,
	}}
	for _, ctl := range c.Controls {
		ec := exportControl{Ref: string(ctl.Ref), Title: ctl.Title, Parent: string(ctl.Parent),
			Statement: ctl.Statement, Questions: ctl.Questions, Levels: ctl.LevelHints}
		if ctl.Kind != KindControl {
			ec.Kind = string(ctl.Kind)
		}
		doc.Controls = append(doc.Controls, ec)
	}
	for _, l := range c.Links {
		if l.From.Framework != fw.ID {
			continue // only links that start in this catalog are expressible
		}
		doc.Mappings = append(doc.Mappings, exportMapping{From: string(l.From.Ref), To: l.To.String(),
			Relationship: string(l.Relationship), Source: l.Source})
	}
	var b strings.Builder
	b.WriteString("# Exported by assay catalog export; import with: assay catalog import FILE\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return []byte(b.String()), enc.Close()
}
