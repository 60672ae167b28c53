// Package slackfake is an httptest server speaking the parts of Slack's
// Web API Assay uses, for tests that run the real slack-go client. It
// records every call, checks every Block Kit payload against Slack's
// limits, and can rate-limit like Slack (429 with Retry-After).
package slackfake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Call is one recorded API call.
type Call struct {
	Method string
	Params url.Values     // form-encoded calls
	JSON   map[string]any // JSON-bodied calls (views.*)
	Blocks []any          // the Block Kit blocks sent, decoded
	View   map[string]any // the view sent
	TS     string         // the ts the fake answered a chat.postMessage with
}

// Param returns a form parameter, or a top-level JSON field.
func (c Call) Param(k string) string {
	if v := c.Params.Get(k); v != "" {
		return v
	}
	if v, ok := c.JSON[k].(string); ok {
		return v
	}
	return ""
}

// Text is everything a person would read in the call, flattened, for
// assertions.
func (c Call) Text() string {
	var b strings.Builder
	b.WriteString(c.Param("text"))
	c.objects(func(o map[string]any) {
		if t, ok := o["text"].(string); ok {
			b.WriteString("\n" + t)
		}
	})
	return b.String()
}

// ActionValue is the value of the element (a button) with this action_id,
// or "".
func (c Call) ActionValue(actionID string) string {
	var found string
	c.objects(func(o map[string]any) {
		if o["action_id"] == actionID {
			found, _ = o["value"].(string)
		}
	})
	return found
}

// ActionValues lists the values of every element with this action_id, in
// order (the Answer buttons of a list of check-ins).
func (c Call) ActionValues(actionID string) []string {
	var out []string
	c.objects(func(o map[string]any) {
		if o["action_id"] == actionID {
			if v, ok := o["value"].(string); ok {
				out = append(out, v)
			}
		}
	})
	return out
}

// objects calls fn on every JSON object in the call's blocks and view.
func (c Call) objects(fn func(map[string]any)) {
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			fn(v)
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(c.Blocks)
	walk(c.View)
}

// Server is the fake Slack.
type Server struct {
	*httptest.Server
	t          testing.TB
	mu         sync.Mutex
	calls      []Call
	violations []string
	seq        int
	// Groups maps a user-group id to its members.
	Groups map[string][]string
	// Delay slows every answer, like a distant Slack.
	Delay time.Duration
	// RateLimit, when set, answers the n-th attempt (from 0) at a method
	// with 429 and this Retry-After (seconds) whenever it returns true.
	RateLimit               func(method string, n int) (limit bool, retryAfter int)
	attempts                map[string]int
	down                    bool // SetDown: every Web API call is refused
	refused                 int
	socket                  *socketState
	history                 map[string][]map[string]any // channel → posted messages, oldest first
	files                   map[string][]byte           // uploaded files by id
	downloads, badDownloads int
}

// New starts a fake Slack for a test; its URL (with "/api/") is the
// SLACK_API_URL. It closes when the test ends.
func New(t testing.TB) *Server {
	s := NewServer()
	s.t = t
	t.Cleanup(s.Close)
	return s
}

// NewServer starts a fake Slack outside a test (benchmarks); Close it.
func NewServer() *Server {
	s := &Server{Groups: map[string][]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// AddFile makes a file downloadable as Slack serves uploaded files (with
// a bot token only) and returns the file object a form's file input
// hands back in its submission.
func (s *Server) AddFile(name string, content []byte) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.files == nil {
		s.files = map[string][]byte{}
	}
	s.seq++
	id := fmt.Sprintf("F%07d", s.seq)
	s.files[id] = content
	return map[string]any{"id": id, "name": name, "size": len(content), "mimetype": "application/octet-stream",
		"url_private": s.URL + "/files-pri/T1-" + id + "/" + url.PathEscape(name), "url_private_download": s.URL + "/files-pri/T1-" + id + "/download/" + url.PathEscape(name),
		"permalink": "https://assay-test.slack.com/files/U1/" + id + "/" + url.PathEscape(name)}
}

// FileDownloads counts the downloads of uploaded files, and those asked
// without a bot token.
func (s *Server) FileDownloads() (ok, refused int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.downloads, s.badDownloads
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer xox") {
		s.badDownloads++
		http.Redirect(w, r, "/signin", http.StatusFound) // as Slack does: a sign-in page
		return
	}
	rest := strings.TrimPrefix(r.URL.Path, "/files-pri/T1-")
	id, _, _ := strings.Cut(rest, "/")
	content, ok := s.files[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.downloads++
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(content)
}

// APIURL is what slack.OptionAPIURL takes.
func (s *Server) APIURL() string { return s.URL + "/api/" }

// SetDown makes Slack refuse every Web API call (HTTP 503), as in an
// outage, or answer again.
func (s *Server) SetDown(down bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = down
}

// Refused counts the calls refused while down.
func (s *Server) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused
}

// Calls returns the recorded calls of the given methods (all when none).
func (s *Server) Calls(methods ...string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if len(methods) == 0 || contains(methods, c.Method) {
			out = append(out, c)
		}
	}
	return out
}

// Violations lists Block Kit limit violations seen in any payload.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.violations...)
}

// WaitFor waits until n calls of a method were made, or fails the test.
func (s *Server) WaitFor(method string, n int) []Call {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		cs := s.Calls(method)
		if len(cs) >= n {
			return cs
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waited 10 s for %d %s calls; got %d", n, method, len(cs))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/socket" {
		s.serveSocket(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/files-pri/") {
		s.serveFile(w, r)
		return
	}
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	body, _ := io.ReadAll(r.Body)
	c := Call{Method: method}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		json.Unmarshal(body, &c.JSON)
	} else {
		c.Params, _ = url.ParseQuery(string(body))
		for k, v := range r.URL.Query() {
			c.Params[k] = v
		}
	}
	if bl := c.Param("blocks"); bl != "" {
		json.Unmarshal([]byte(bl), &c.Blocks)
	}
	if v, ok := c.JSON["view"].(map[string]any); ok {
		c.View = v
	}
	s.mu.Lock()
	if s.down {
		s.refused++
		s.mu.Unlock()
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	if s.attempts == nil {
		s.attempts = map[string]int{}
	}
	n := s.attempts[method]
	s.attempts[method]++
	if s.RateLimit != nil {
		if limit, after := s.RateLimit(method, n); limit {
			s.mu.Unlock()
			w.Header().Set("Retry-After", strconv.Itoa(after))
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
	}
	s.seq++
	seq := s.seq
	ts := fmt.Sprintf("1700000000.%06d", seq)
	if method == "chat.postMessage" {
		c.TS = ts
	}
	s.calls = append(s.calls, c)
	s.check(&c)
	delay := s.Delay
	s.mu.Unlock()
	if delay > 0 {
		time.Sleep(delay)
	}

	w.Header().Set("Content-Type", "application/json")
	switch method {
	case "chat.postMessage":
		ch := c.Param("channel")
		if ch == "" {
			reply(w, map[string]any{"ok": false, "error": "channel_not_found"})
			return
		}
		msg := map[string]any{"type": "message", "ts": ts, "text": c.Param("text")}
		if md := c.Param("metadata"); md != "" {
			var m map[string]any
			json.Unmarshal([]byte(md), &m)
			msg["metadata"] = m
		}
		s.mu.Lock()
		if s.history == nil {
			s.history = map[string][]map[string]any{}
		}
		s.history[ch] = append(s.history[ch], msg)
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "channel": ch, "ts": ts, "message": map[string]any{"ts": ts}})
	case "conversations.history":
		s.mu.Lock()
		hist := s.history[c.Param("channel")]
		msgs := make([]map[string]any, 0, len(hist))
		for i := len(hist) - 1; i >= 0; i-- { // newest first, as Slack
			m := hist[i]
			if c.Param("include_all_metadata") != "1" {
				m = map[string]any{"type": m["type"], "ts": m["ts"], "text": m["text"]}
			}
			msgs = append(msgs, m)
		}
		s.mu.Unlock()
		reply(w, map[string]any{"ok": true, "messages": msgs, "has_more": false})
	case "chat.update":
		reply(w, map[string]any{"ok": true, "channel": c.Param("channel"), "ts": c.Param("ts"), "text": c.Param("text")})
	case "chat.getPermalink":
		reply(w, map[string]any{"ok": true, "channel": c.Param("channel"),
			"permalink": "https://assay-test.slack.com/archives/" + c.Param("channel") + "/p" + strings.ReplaceAll(c.Param("message_ts"), ".", "")})
	case "chat.postEphemeral":
		reply(w, map[string]any{"ok": true, "message_ts": ts})
	case "views.open", "views.update", "views.publish", "views.push":
		reply(w, map[string]any{"ok": true, "view": map[string]any{"id": "V" + strconv.Itoa(seq)}})
	case "conversations.open":
		reply(w, map[string]any{"ok": true, "channel": map[string]any{"id": "D" + strings.TrimPrefix(c.Param("users"), "U")}})
	case "users.info":
		u := c.Param("user")
		reply(w, map[string]any{"ok": true, "user": map[string]any{"id": u, "name": strings.ToLower(u), "real_name": "User " + u, "tz": "Europe/London"}})
	case "usergroups.users.list":
		reply(w, map[string]any{"ok": true, "users": s.Groups[c.Param("usergroup")]})
	case "apps.connections.open":
		reply(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(s.URL, "http") + "/socket"})
	case "auth.test":
		reply(w, map[string]any{"ok": true, "user_id": "UASSAYBOT", "team_id": "T1"})
	case "files.getUploadURLExternal":
		reply(w, map[string]any{"ok": true, "upload_url": s.URL + "/upload/F" + strconv.Itoa(seq), "file_id": "F" + strconv.Itoa(seq)})
	case "files.completeUploadExternal":
		reply(w, map[string]any{"ok": true, "files": []any{map[string]any{"id": "F1", "title": "file"}}})
	default:
		if strings.HasPrefix(r.URL.Path, "/upload/") {
			w.WriteHeader(http.StatusOK)
			return
		}
		reply(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

func reply(w http.ResponseWriter, v any) { json.NewEncoder(w).Encode(v) }

// check records every way a payload breaks Slack's published limits.
func (s *Server) check(c *Call) {
	bad := func(format string, args ...any) {
		s.violations = append(s.violations, c.Method+": "+fmt.Sprintf(format, args...))
	}
	if t := c.Param("text"); len([]rune(t)) > 40000 {
		bad("text of %d characters", len([]rune(t)))
	}
	maxBlocks := 50
	blocks := c.Blocks
	if c.View != nil {
		maxBlocks = 100
		blocks, _ = c.View["blocks"].([]any)
		for _, k := range []string{"title", "submit", "close"} {
			if t, ok := c.View[k].(map[string]any); ok {
				if n := runes(t["text"]); n > 24 {
					bad("modal %s of %d characters (max 24)", k, n)
				}
			}
		}
		if n := runes(c.View["private_metadata"]); n > 3000 {
			bad("private_metadata of %d characters", n)
		}
	}
	if len(blocks) > maxBlocks {
		bad("%d blocks (max %d)", len(blocks), maxBlocks)
	}
	for i, b := range blocks {
		m, _ := b.(map[string]any)
		switch m["type"] {
		case "header":
			if n := textLen(m["text"]); n > 150 {
				bad("block %d: header of %d characters (max 150)", i, n)
			}
		case "section":
			if n := textLen(m["text"]); n > 3000 {
				bad("block %d: section text of %d characters (max 3000)", i, n)
			}
			fields, _ := m["fields"].([]any)
			if len(fields) > 10 {
				bad("block %d: %d fields (max 10)", i, len(fields))
			}
			for _, f := range fields {
				if n := textLen(f); n > 2000 {
					bad("block %d: field of %d characters (max 2000)", i, n)
				}
			}
			if m["text"] == nil && len(fields) == 0 {
				bad("block %d: section without text or fields", i)
			}
		case "context":
			els, _ := m["elements"].([]any)
			if len(els) > 10 {
				bad("block %d: %d context elements (max 10)", i, len(els))
			}
			for _, e := range els {
				if n := textLen(e); n > 3000 {
					bad("block %d: context text of %d characters", i, n)
				}
			}
		case "actions":
			els, _ := m["elements"].([]any)
			if len(els) > 25 {
				bad("block %d: %d elements (max 25)", i, len(els))
			}
			for _, e := range els {
				checkElement(e, bad, i)
			}
		case "input":
			if n := textLen(m["label"]); n > 2000 {
				bad("block %d: input label of %d characters", i, n)
			}
			checkElement(m["element"], bad, i)
		}
	}
}

func checkElement(e any, bad func(string, ...any), i int) {
	m, _ := e.(map[string]any)
	switch m["type"] {
	case "button":
		if n := textLen(m["text"]); n > 75 {
			bad("block %d: button text of %d characters (max 75)", i, n)
		}
		if n := runes(m["value"]); n > 2000 {
			bad("block %d: button value of %d characters", i, n)
		}
		if n := runes(m["action_id"]); n > 255 {
			bad("block %d: action_id of %d characters", i, n)
		}
	case "static_select":
		opts, _ := m["options"].([]any)
		if len(opts) > 100 {
			bad("block %d: %d options (max 100)", i, len(opts))
		}
		for _, o := range opts {
			om, _ := o.(map[string]any)
			if n := textLen(om["text"]); n > 75 {
				bad("block %d: option text of %d characters (max 75)", i, n)
			}
		}
	case "plain_text_input":
		if n, ok := m["max_length"].(float64); ok && n > 3000 {
			bad("block %d: max_length %v (max 3000)", i, n)
		}
	}
}

func textLen(v any) int {
	m, _ := v.(map[string]any)
	return runes(m["text"])
}

func runes(v any) int {
	s, _ := v.(string)
	return len([]rune(s))
}
