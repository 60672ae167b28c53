package pdftotext_test

import (
	"context"
	"strings"
	"testing"

	"github.com/assay-dev/assay/catalogs"
	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/pdftotext"
	"github.com/assay-dev/assay/retrieval"
)

// minimalPDF is a one-page PDF whose page says "A.5.15 Access control".
const minimalPDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
	"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
	"4 0 obj<</Length 94>>stream\nBT /F1 12 Tf 72 720 Td (A.5.15 Access control) Tj 0 -20 Td (Rules decide who gets access.) Tj ET\nendstream endobj\n" +
	"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n" +
	"trailer<</Root 1 0 R>>\n%%EOF\n"

func TestParsePDF(t *testing.T) {
	t.Parallel()
	docs, err := retrieval.Parse(context.Background(), "iso.pdf", []byte(minimalPDF), retrieval.ParseOptions{Framework: "iso27001-2022", PDF: pdftotext.Extractor{},
		RefOf: func(h string) (catalogs.FrameworkID, catalogs.Ref, bool) {
			return "iso27001-2022", "A.5.15", strings.HasPrefix(h, "A.5.15")
		}})
	if errs.KindOf(err) == errs.Unavailable {
		t.Fatalf("pdftotext is missing: scripts/setup.sh installs poppler-utils (%v)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	s := docs[0].Sections
	if len(s) != 1 || s[0].Ref != "A.5.15" || !strings.Contains(s[0].Text, "Rules decide who gets access.") {
		t.Errorf("PDF sections = %+v", s)
	}
	for _, bad := range []string{"not a pdf at all", "%PDF-1.4\n1 0 obj<</Type/Catalog>>\ngarbage"} {
		_, err := retrieval.Parse(context.Background(), "broken.pdf", []byte(bad), retrieval.ParseOptions{PDF: pdftotext.Extractor{}})
		if errs.KindOf(err) != errs.Invalid || !strings.Contains(err.Error(), "broken.pdf") {
			t.Errorf("broken PDF %q: %v", bad[:10], err)
		}
	}
}
