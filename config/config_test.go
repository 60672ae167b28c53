package config

import (
	"bytes"
	"log/slog"
	"os"
	"strings"
	"testing"
)

func TestReadmeListsEveryVariable(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Vars {
		row := "| `" + v.Name + "` | "
		if v.Default != "" {
			row += "`" + v.Default + "` |"
		}
		if !strings.Contains(string(readme), row) {
			t.Errorf("README's configuration table lacks %s with default %q", v.Name, v.Default)
		}
	}
}

func TestFromEnvDefaultsAndOverrides(t *testing.T) {
	t.Parallel()
	env := map[string]string{"OPENAI_API_KEY": " sk-x ", "ASSAY_CHAT_MODEL": "llama3"}
	c := FromEnv(func(k string) string { return env[k] })
	if c.OpenAIAPIKey != "sk-x" || c.ChatModel != "llama3" || c.EmbedModel != "text-embedding-3-small" || c.DatabaseURL == "" || !strings.HasPrefix(c.DatabaseURL, "sqlite:") {
		t.Errorf("FromEnv = %+v", c)
	}
	if c.Offline() {
		t.Error("a key is set, yet Offline")
	}
	// Unset DATABASE_URL: the embedded store, at ASSAY_DB or under XDG_DATA_HOME.
	if c := FromEnv(func(k string) string { return map[string]string{"ASSAY_DB": "/data/a.db"}[k] }); c.DatabaseURL != "sqlite:/data/a.db" {
		t.Errorf("ASSAY_DB: %q", c.DatabaseURL)
	}
	if c := FromEnv(func(k string) string { return map[string]string{"XDG_DATA_HOME": "/xdg"}[k] }); c.DatabaseURL != "sqlite:/xdg/assay/assay.db" {
		t.Errorf("XDG_DATA_HOME: %q", c.DatabaseURL)
	}
	if c := FromEnv(func(k string) string { return map[string]string{"DATABASE_URL": LocalDatabaseURL}[k] }); c.DatabaseURL != LocalDatabaseURL {
		t.Errorf("DATABASE_URL: %q", c.DatabaseURL)
	}
	if !FromEnv(func(string) string { return "" }).Offline() {
		t.Error("no key, yet not Offline")
	}
}

func TestLogValueRedactsSecrets(t *testing.T) {
	t.Parallel()
	c := Config{DatabaseURL: "postgres://u:XYZZY1@h/db", OpenAIAPIKey: "sk-XYZZY2", SlackBotToken: "xoxb-XYZZY3", SlackSigningSecret: "XYZZY4", SlackAppToken: "xapp-XYZZY5", RedisURL: "redis://:XYZZY6@h",
		MCPTokens: "XYZZY7-token-0123456789abcdef=U0LEAD"}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("config", "cfg", c)
	if strings.Contains(buf.String(), "XYZZY") {
		t.Errorf("secret in log: %s", buf.String())
	}
	if !strings.Contains(buf.String(), "openai_api_key=set") || !strings.Contains(buf.String(), "mcp_tokens=set") {
		t.Errorf("log does not say the key is set: %s", buf.String())
	}
}

func TestEmbedDims(t *testing.T) {
	t.Parallel()
	for v, want := range map[string]int{"": 0, "768": 768, " 3072 ": 3072, "eight": -1, "0": -1, "-5": -1} {
		if got := FromEnv(func(k string) string { return map[string]string{"ASSAY_EMBED_DIMS": v}[k] }).EmbedDims; got != want {
			t.Errorf("ASSAY_EMBED_DIMS=%q: EmbedDims %d, want %d", v, got, want)
		}
	}
}
