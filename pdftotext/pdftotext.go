// Package pdftotext extracts the text of PDF files with poppler's
// pdftotext command, for retrieval.Parse (retrieval.PDFExtractor).
package pdftotext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"

	"github.com/assay-dev/assay/errs"
	"github.com/assay-dev/assay/retrieval"
)

// Extractor runs pdftotext from PATH.
type Extractor struct{}

var _ retrieval.PDFExtractor = Extractor{}

// ExtractPDF implements retrieval.PDFExtractor. Errors: errs.Unavailable
// when pdftotext is not installed, errs.Invalid for a PDF it cannot read.
func (Extractor) ExtractPDF(ctx context.Context, data []byte) (string, error) {
	const op = "pdftotext"
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", errs.E(op, errs.Unavailable,
			"reading PDF needs pdftotext, which is not installed (Debian/Ubuntu: apt-get install poppler-utils; scripts/setup.sh installs it)")
	}
	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", "-q", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		msg := strings.TrimSpace(stderr.String())
		if errors.As(err, &ee) && msg == "" {
			msg = fmt.Sprintf("pdftotext exited with status %d", ee.ExitCode())
		}
		if msg == "" {
			msg = err.Error()
		}
		msg, _, _ = strings.Cut(msg, "\n")
		return "", errs.E(op, errs.Invalid, "broken or unreadable PDF: %s", msg)
	}
	return out.String(), nil
}
