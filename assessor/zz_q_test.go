package assessor

import (
	"fmt"
	"os"
	"testing"
)

func TestZZQ(t *testing.T) {
	p := os.Getenv("ZZ_T")
	fmt.Printf("stopped %q\n", stopped.FindString(p))
	fmt.Printf("stopped-after-notEnded %q\n", stopped.FindString(notEnded.ReplaceAllString(p, "")))
	fmt.Printf("denies %q\n", denies.FindString(p))
	fmt.Printf("countedNotPat %q\n", notNegation.FindString(p))
}
