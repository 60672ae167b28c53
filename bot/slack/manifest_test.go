package slack_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/bot"
)

// The manifest must grant what the adapter calls and point at the routes
// the HTTP handler serves.
func TestSlackAppManifest(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("../../deploy/slack/manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			AppHome struct {
				HomeTab bool `yaml:"home_tab_enabled"`
			} `yaml:"app_home"`
			BotUser struct {
				DisplayName string `yaml:"display_name"`
			} `yaml:"bot_user"`
			Commands []struct {
				Command, URL string
			} `yaml:"slash_commands"`
		}
		OAuth struct {
			Scopes struct {
				Bot []string
			}
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				URL    string   `yaml:"request_url"`
				Events []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				Enabled bool   `yaml:"is_enabled"`
				URL     string `yaml:"request_url"`
			}
			SocketMode bool `yaml:"socket_mode_enabled"`
		}
	}
	dec := yaml.NewDecoder(strings.NewReader(string(src)))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("manifest is not valid YAML: %v", err)
	}
	for _, s := range []string{"chat:write", "commands", "im:write", "im:history", "users:read", "usergroups:read", "files:write", "files:read"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, s) {
			t.Errorf("scope %s missing", s)
		}
	}
	if len(m.Features.Commands) != 1 || m.Features.Commands[0].Command != "/assay" || !strings.HasSuffix(m.Features.Commands[0].URL, "/slack/commands") {
		t.Errorf("slash commands %+v", m.Features.Commands)
	}
	if !strings.HasSuffix(m.Settings.Events.URL, "/slack/events") || !slices.Contains(m.Settings.Events.Events, "app_home_opened") {
		t.Errorf("events %+v", m.Settings.Events)
	}
	if !m.Settings.Interactivity.Enabled || !strings.HasSuffix(m.Settings.Interactivity.URL, "/slack/interactions") {
		t.Errorf("interactivity %+v", m.Settings.Interactivity)
	}
	if !m.Settings.SocketMode || !m.Features.AppHome.HomeTab || m.Features.BotUser.DisplayName == "" {
		t.Errorf("socket mode %v, home tab %v", m.Settings.SocketMode, m.Features.AppHome.HomeTab)
	}
	if !strings.Contains(bot.Help, "/assay status") {
		t.Error("help text")
	}
}
