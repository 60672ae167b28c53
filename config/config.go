// Package config reads Assay's configuration from environment variables.
// Secrets are kept out of logs and errors: LogValue redacts them.
package config

import (
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Var documents one environment variable; the README table is generated
// from the same list (see TestReadmeListsEveryVariable).
type Var struct {
	Name    string
	Default string
	Secret  bool
	Help    string
}

// Vars lists every variable Assay reads.
var Vars = []Var{
	{"DATABASE_URL", "", true, "PostgreSQL URL (PostgreSQL 15+ with pgvector) for teams and replicas, or `sqlite:PATH`; unset: the embedded store at `ASSAY_DB`"},
	{"ASSAY_DB", "~/.local/share/assay/assay.db", false, "the embedded store's file, when `DATABASE_URL` is unset (`$XDG_DATA_HOME/assay/assay.db` when that is set)"},
	{"REDIS_URL", "redis://127.0.0.1:6379/0", true, "Redis URL: locks, event de-duplication, rate limits"},
	{"SLACK_BOT_TOKEN", "", true, "Slack bot token (xoxb-…)"},
	{"SLACK_APP_TOKEN", "", true, "Slack app-level token (xapp-…); set it to use Socket Mode"},
	{"SLACK_SIGNING_SECRET", "", true, "Slack signing secret, verifies HTTP-mode requests"},
	{"SLACK_API_URL", "https://slack.com/api/", false, "Slack Web API base URL (point it at a test server)"},
	{"OPENAI_API_KEY", "", true, "API key of an OpenAI-compatible endpoint; unset: offline drafter and embedder"},
	{"OPENAI_BASE_URL", "https://api.openai.com/v1", false, "OpenAI-compatible base URL (OpenAI, Azure, Ollama, vLLM)"},
	{"ASSAY_CHAT_MODEL", "gpt-4o-mini", false, "chat model that drafts ratings"},
	{"ASSAY_EMBED_MODEL", "text-embedding-3-small", false, "embedding model; `offline` keeps the offline embedder even with a key"},
	{"ASSAY_EMBED_DIMS", "", false, "the embedding model's output size, up to 4000: required for a model Assay does not know; for text-embedding-3 models a smaller size shortens their vectors"},
	{"ASSAY_LLM_CONCURRENCY", "4", false, "drafting calls to the model at once, per process"},
	{"ASSAY_JOB_RESCUE_AFTER", "2m", false, "a job whose process died while running it (a drafting job, a Slack announcement) is run again after this long; each job times out a quarter sooner"},
	{"ASSAY_SLACK_POSTS_PER_MINUTE", "300", false, "messages Assay posts per minute across all replicas (Slack also allows one per second per channel)"},
	{"ASSAY_DB_APP_ROLE", "", false, "PostgreSQL: the role Assay serves as, which may only read and append the audit log; `assay migrate`, run as the schema's owner, hands it everything else (`scripts/setup.sh` creates `assay_app`)"},
	{"ASSAY_AUDIT_KEY", "", true, "a secret of 32 or more characters that signs audit checkpoints, held outside the store; `assay audit keygen FILE` makes one; unset: the log is chained but not anchored"},
	{"ASSAY_AUDIT_KEY_FILE", "", false, "a file holding that secret, read instead of `ASSAY_AUDIT_KEY`"},
	{"ASSAY_METRICS_TOKEN", "", true, "a bearer token `/metrics` requires (`Authorization: Bearer …`); unset: none"},
	{"ASSAY_MCP_TOKENS", "", true, "bearer tokens for AI assistants over MCP (`/mcp`), each acting as a person: `TOKEN=USER_ID,…` (24 or more characters each); people also make their own with `/assay mcp-token`"},
	{"ASSAY_MCP_USER", "", false, "the Slack user id `assay mcp` acts for when `--as` is not given"},
	{"ASSAY_EVIDENCE_DIR", "", false, "a directory where Assay keeps a copy of each evidence file owners attach, named by its SHA-256; unset: files are fetched only to hash them and stay in Slack"},
	{"ASSAY_LOG_LEVEL", "info", false, "debug, info, warn or error"},
	{"ASSAY_LOG_FORMAT", "text", false, "text or json"},
}

// LocalDatabaseURL is the local PostgreSQL database that scripts/setup.sh
// creates, for teams that outgrow the embedded store.
const LocalDatabaseURL = "postgres://postgres@127.0.0.1:5432/assay?sslmode=disable"

// embeddedPath is where the embedded store lives by default.
func embeddedPath(getenv func(string) string) string {
	if p := strings.TrimSpace(getenv("ASSAY_DB")); p != "" {
		if rest, ok := strings.CutPrefix(p, "~/"); ok {
			if home, err := os.UserHomeDir(); err == nil {
				return filepath.Join(home, rest)
			}
		}
		return p
	}
	if x := strings.TrimSpace(getenv("XDG_DATA_HOME")); x != "" {
		return filepath.Join(x, "assay", "assay.db")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), "assay", "assay.db")
	}
	return filepath.Join(home, ".local", "share", "assay", "assay.db")
}

// Config is the parsed configuration.
type Config struct {
	DatabaseURL        string
	RedisURL           string
	SlackBotToken      string
	SlackAppToken      string
	SlackSigningSecret string
	SlackAPIURL        string
	OpenAIAPIKey       string
	OpenAIBaseURL      string
	ChatModel          string
	EmbedModel         string
	// EmbedDims is ASSAY_EMBED_DIMS: 0 when unset, -1 when not a positive
	// whole number.
	EmbedDims        int
	LLMConcurrency   int
	SlackPostsPerMin int
	// JobRescueAfter is -1 when ASSAY_JOB_RESCUE_AFTER is not a positive
	// duration, so the command that needs it can say so.
	JobRescueAfter time.Duration
	MetricsToken   string
	DBAppRole      string
	AuditKey       string
	AuditKeyFile   string
	LogLevel       string
	LogFormat      string
	// EvidenceDir is ASSAY_EVIDENCE_DIR: where evidence files are kept.
	EvidenceDir string
	// MCPUser is ASSAY_MCP_USER: who assay mcp acts for by default;
	// MCPTokens is ASSAY_MCP_TOKENS.
	MCPUser, MCPTokens string
}

// FromEnv reads the configuration; getenv is os.Getenv in production.
func FromEnv(getenv func(string) string) Config {
	get := func(name string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		for _, v := range Vars {
			if v.Name == name {
				return v.Default
			}
		}
		return ""
	}
	db := get("DATABASE_URL")
	if db == "" {
		db = "sqlite:" + embeddedPath(getenv)
	}
	return Config{
		DatabaseURL:        db,
		RedisURL:           get("REDIS_URL"),
		SlackBotToken:      get("SLACK_BOT_TOKEN"),
		SlackAppToken:      get("SLACK_APP_TOKEN"),
		SlackSigningSecret: get("SLACK_SIGNING_SECRET"),
		SlackAPIURL:        get("SLACK_API_URL"),
		OpenAIAPIKey:       get("OPENAI_API_KEY"),
		OpenAIBaseURL:      get("OPENAI_BASE_URL"),
		ChatModel:          get("ASSAY_CHAT_MODEL"),
		EmbedModel:         get("ASSAY_EMBED_MODEL"),
		EmbedDims:          optionalPositiveInt(get("ASSAY_EMBED_DIMS")),
		LLMConcurrency:     positiveInt(get("ASSAY_LLM_CONCURRENCY"), 4),
		SlackPostsPerMin:   positiveInt(get("ASSAY_SLACK_POSTS_PER_MINUTE"), 300),
		JobRescueAfter:     positiveDuration(get("ASSAY_JOB_RESCUE_AFTER")),
		MetricsToken:       get("ASSAY_METRICS_TOKEN"),
		DBAppRole:          get("ASSAY_DB_APP_ROLE"),
		AuditKey:           get("ASSAY_AUDIT_KEY"),
		AuditKeyFile:       get("ASSAY_AUDIT_KEY_FILE"),
		LogLevel:           get("ASSAY_LOG_LEVEL"),
		EvidenceDir:        get("ASSAY_EVIDENCE_DIR"),
		MCPUser:            get("ASSAY_MCP_USER"),
		MCPTokens:          get("ASSAY_MCP_TOKENS"),
		LogFormat:          get("ASSAY_LOG_FORMAT"),
	}
}

// Offline reports whether no LLM endpoint is configured.
func (c Config) Offline() bool { return c.OpenAIAPIKey == "" }

// OfflineEmbedder reports whether embeddings are made offline: without a
// key, or when ASSAY_EMBED_MODEL is "offline".
func (c Config) OfflineEmbedder() bool { return c.Offline() || c.EmbedModel == "offline" }

// LogValue implements slog.LogValuer: secrets show only whether they are set.
func (c Config) LogValue() slog.Value {
	set := func(s string) string {
		if s == "" {
			return "unset"
		}
		return "set"
	}
	return slog.GroupValue(
		slog.String("database", set(c.DatabaseURL)),
		slog.String("redis", set(c.RedisURL)),
		slog.String("slack_bot_token", set(c.SlackBotToken)),
		slog.String("slack_app_token", set(c.SlackAppToken)),
		slog.String("slack_signing_secret", set(c.SlackSigningSecret)),
		slog.String("slack_api_url", c.SlackAPIURL),
		slog.String("openai_api_key", set(c.OpenAIAPIKey)),
		slog.String("openai_base_url", c.OpenAIBaseURL),
		slog.String("chat_model", c.ChatModel),
		slog.String("embed_model", c.EmbedModel),
		slog.String("metrics_token", set(c.MetricsToken)),
		slog.String("audit_key", set(c.AuditKey)),
		slog.String("audit_key_file", c.AuditKeyFile),
		slog.String("mcp_tokens", set(c.MCPTokens)),
		slog.String("mcp_user", c.MCPUser),
		slog.String("evidence_dir", c.EvidenceDir),
	)
}

// positiveInt parses a positive integer, or returns def.
// optionalPositiveInt is 0 for an unset value, -1 for one that is not a
// positive whole number, so the command that needs it can say so.
func optionalPositiveInt(s string) int {
	if s == "" {
		return 0
	}
	return positiveInt(s, -1)
}

// positiveDuration parses a duration of a second or more, or is -1.
func positiveDuration(s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil || d < time.Second {
		return -1
	}
	return d
}

func positiveInt(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return def
	}
	return n
}
