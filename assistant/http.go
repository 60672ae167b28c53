package assistant

import (
	"context"
	"crypto/subtle"
	"fmt"
	"net/http"
	"regexp"
	"strings"

	"github.com/modelcontextprotocol/go-sdk/auth"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/assay-dev/assay/bot"
	"github.com/assay-dev/assay/errs"
)

// Tokens say who a bearer token acts for: the configured ones
// (ASSAY_MCP_TOKENS), then the ones people made with /assay mcp-token,
// kept only as hashes.
type Tokens struct {
	Static map[string]bot.UserID
	Store  interface {
		MCPTokenUser(ctx context.Context, hash string) (bot.UserID, bool, error)
	}
}

func (t Tokens) verify(ctx context.Context, token string, _ *http.Request) (*auth.TokenInfo, error) {
	for tok, u := range t.Static {
		if subtle.ConstantTimeCompare([]byte(tok), []byte(token)) == 1 {
			return &auth.TokenInfo{UserID: string(u)}, nil
		}
	}
	if t.Store != nil {
		u, ok, err := t.Store.MCPTokenUser(ctx, bot.HashMCPToken(token))
		if err != nil {
			return nil, err
		}
		if ok {
			return &auth.TokenInfo{UserID: string(u)}, nil
		}
	}
	return nil, fmt.Errorf("%w: unknown or revoked token", auth.ErrInvalidToken)
}

// HTTPHandler serves MCP over Streamable HTTP: every request needs a
// bearer token (no token, an unknown or a revoked one: 401), and each
// tool call acts as the token's person. The token is checked on every
// request, so a revoked one stops working at once.
func HTTPHandler(d Deps, t Tokens) http.Handler {
	d.Person = func(_ context.Context, extra *mcp.RequestExtra) (bot.UserID, error) {
		if extra == nil || extra.TokenInfo == nil || extra.TokenInfo.UserID == "" {
			return "", errs.E("assistant", errs.Unauthorized, "no person: a bearer token is required")
		}
		return bot.UserID(extra.TokenInfo.UserID), nil
	}
	srv := New(d)
	h := mcp.NewStreamableHTTPHandler(func(*http.Request) *mcp.Server { return srv }, nil)
	return auth.RequireBearerToken(t.verify, &auth.RequireBearerTokenOptions{AllowMissingExpiration: true})(h)
}

var tokenUser = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)

// ParseTokens reads ASSAY_MCP_TOKENS: "TOKEN=U0…,TOKEN=U0…". Errors:
// errs.Invalid naming the entry (never the token itself).
func ParseTokens(s string) (map[string]bot.UserID, error) {
	out := map[string]bot.UserID{}
	for i, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		tok, u, ok := strings.Cut(part, "=")
		tok, u = strings.TrimSpace(tok), strings.TrimSpace(u)
		switch {
		case !ok || tok == "" || u == "":
			return nil, errs.E("assistant", errs.Invalid, "ASSAY_MCP_TOKENS entry %d: write TOKEN=USER_ID", i+1)
		case len(tok) < 24:
			return nil, errs.E("assistant", errs.Invalid, "ASSAY_MCP_TOKENS entry %d: a token needs 24 or more characters", i+1)
		case !tokenUser.MatchString(u):
			return nil, errs.E("assistant", errs.Invalid, "ASSAY_MCP_TOKENS entry %d: %q is not a Slack user id", i+1, u)
		}
		out[tok] = bot.UserID(u)
	}
	return out, nil
}
