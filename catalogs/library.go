package catalogs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"

	"github.com/assay-dev/assay/errs"
)

// Store persists catalogs. Implementations: postgres.CatalogStore.
type Store interface {
	// Catalogs returns every stored catalog with its links, in position order.
	Catalogs(ctx context.Context) ([]Catalog, error)
	// CatalogVersions returns the origin and content hash of each stored framework.
	CatalogVersions(ctx context.Context) (map[FrameworkID]StoredVersion, error)
	// PutCatalog replaces a framework, its controls and the links it owns in
	// one transaction; on error nothing changes.
	PutCatalog(ctx context.Context, cat *Catalog, hash string) error
}

// StoredVersion says where a stored catalog came from and what it held.
type StoredVersion struct {
	Origin Origin
	Hash   string
}

// Library is the catalogs in use: the built-ins kept in sync with the
// binary, plus what users imported, indexed as a Set.
type Library struct {
	store Store
	log   *slog.Logger

	mu  sync.RWMutex
	set *Set
}

// OpenLibrary stores any built-in catalog that is missing or changed (a
// built-in a user replaced by import is left alone) and loads the whole set.
func OpenLibrary(ctx context.Context, store Store, log *slog.Logger) (*Library, error) {
	const op = "catalogs.OpenLibrary"
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	builtin, err := Builtin()
	if err != nil {
		return nil, err
	}
	stored, err := store.CatalogVersions(ctx)
	if err != nil {
		return nil, errs.Wrap(op, errs.KindOf(err), err, "reading stored catalogs")
	}
	for i := range builtin {
		c, h := &builtin[i], builtinHashes[i]
		if sv, ok := stored[c.Framework.ID]; ok && (sv.Origin == OriginImported || sv.Hash == h) {
			continue
		}
		if err := store.PutCatalog(ctx, c, h); err != nil {
			return nil, errs.Wrap(op, errs.KindOf(err), err, "storing built-in catalog "+string(c.Framework.ID))
		}
		n, _ := c.Count()
		log.Info("catalog stored", "framework", c.Framework.ID, "controls", n, "links", len(c.Links))
	}
	l := &Library{store: store, log: log}
	if err := l.Reload(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// Reload re-reads the store, picking up imports made by other processes.
func (l *Library) Reload(ctx context.Context) error {
	cats, err := l.store.Catalogs(ctx)
	if err != nil {
		return errs.Wrap("catalogs.Reload", errs.KindOf(err), err, "loading catalogs")
	}
	set, err := NewSet(cats)
	if err != nil {
		return err
	}
	if set.Dangling > 0 {
		l.log.Warn("crosswalk links name controls that are not loaded", "links", set.Dangling)
	}
	l.mu.Lock()
	l.set = set
	l.mu.Unlock()
	return nil
}

// Set returns the current index.
func (l *Library) Set() *Set {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.set
}

// Format of a catalog file.
type Format string

const (
	FormatAuto  Format = ""
	FormatOSCAL Format = "oscal"
	FormatYAML  Format = "yaml"
)

// ImportOptions steer Import.
type ImportOptions struct {
	Format  Format
	Replace bool         // allow overwriting an existing framework
	OSCAL   OSCALOptions // id, name and kind for an OSCAL catalog
	// Check, if set, vets the set of catalogs the import would make (the
	// program in force must still fit it); its error refuses the import.
	Check func(*Set) error
}

// Import parses a catalog file and stores it. The whole file is checked
// before anything is written, and the write is one transaction: a bad file
// changes nothing. Errors: errs.Invalid with the file and place of the
// problem; errs.Conflict when the framework exists and Replace is false.
func (l *Library) Import(ctx context.Context, file string, data []byte, opt ImportOptions) (*Catalog, error) {
	const op = "catalogs.Import"
	set := l.Set()
	format := opt.Format
	if format == FormatAuto {
		format = DetectFormat(file, data)
	}
	var cat *Catalog
	var err error
	switch format {
	case FormatOSCAL:
		cat, err = ParseOSCAL(file, data, opt.OSCAL)
	case FormatYAML:
		cat, err = ParseYAML(file, data, func(fw, ref string) (Key, error) {
			c, err := set.Resolve(fw, ref)
			return c.Key(), err
		})
	default:
		return nil, errs.E(op, errs.Invalid, "%s: unknown catalog format %q (want oscal or yaml)", file, format)
	}
	if err != nil {
		return nil, err
	}
	cat.Framework.Origin = OriginImported
	if existing, err := set.Catalog(string(cat.Framework.ID)); err == nil && existing.Framework.ID == cat.Framework.ID && !opt.Replace {
		return nil, errs.E(op, errs.Conflict, "framework %s already exists (%s); pass --replace to overwrite it", cat.Framework.ID, existing.Framework.Origin)
	}
	// The new set must index cleanly before anything is written.
	var cats []Catalog
	for _, fw := range set.Frameworks() {
		if fw.ID != cat.Framework.ID {
			c, _ := set.Catalog(string(fw.ID))
			cats = append(cats, *c)
		}
	}
	next, err := NewSet(append(cats, *cat))
	if err != nil {
		return nil, errs.Wrap(op, errs.Invalid, err, file)
	}
	if opt.Check != nil {
		if err := opt.Check(next); err != nil {
			return nil, err
		}
	}
	if err := l.store.PutCatalog(ctx, cat, Hash(cat)); err != nil {
		return nil, errs.Wrap(op, errs.KindOf(err), err, "storing "+string(cat.Framework.ID))
	}
	n, _ := cat.Count()
	l.log.Info("catalog imported", "framework", cat.Framework.ID, "file", file, "controls", n, "links", len(cat.Links))
	return cat, l.Reload(ctx)
}

// DetectFormat guesses a catalog file's format from its name, then content.
func DetectFormat(file string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".json":
		return FormatOSCAL
	case ".yaml", ".yml":
		return FormatYAML
	}
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return FormatOSCAL
	}
	return FormatYAML
}

// Hash is a content hash of a catalog, to tell whether a stored copy is current.
func Hash(c *Catalog) string {
	b, _ := json.Marshal(struct {
		F Framework
		C []Control
		L []Link
	}{c.Framework, c.Controls, c.Links})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}
