package deploy_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/assay-dev/assay/bot/slack"
	"github.com/assay-dev/assay/cli"
	"github.com/assay-dev/assay/config"
)

// The deployment files cannot be run here (no container engine or
// cluster), so these tests check what would break them: commands and flags
// the binary has, variables it reads, probe paths it serves, and images
// that carry what the store needs.

func known(name string) bool {
	for _, v := range config.Vars {
		if v.Name == name {
			return true
		}
	}
	return false
}

// checkCommand runs args with --help: the subcommand and every flag given
// must exist.
func checkCommand(t *testing.T, where string, args []string) {
	t.Helper()
	var out, errOut bytes.Buffer
	var path []string
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			break
		}
		path = append(path, a)
	}
	if code := cli.Run(context.Background(), append(path, "--help"), strings.NewReader(""), &out, &errOut, func(string) string { return "" }); code != 0 {
		t.Fatalf("%s: assay %s --help: exit %d %s", where, strings.Join(path, " "), code, errOut.String())
	}
	for _, a := range args[len(path):] {
		if flag, _, _ := strings.Cut(a, "="); strings.HasPrefix(flag, "--") && !strings.Contains(out.String(), flag+" ") {
			t.Errorf("%s: assay %s has no flag %s", where, strings.Join(path, " "), flag)
		}
	}
}

func TestCompose(t *testing.T) {
	t.Parallel()
	var c struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Command     []string          `yaml:"command"`
			EnvFile     string            `yaml:"env_file"`
			Environment map[string]string `yaml:"environment"`
			Build       struct {
				Context, Dockerfile string
			} `yaml:"build"`
			DependsOn map[string]any `yaml:"depends_on"`
		} `yaml:"services"`
	}
	src, err := os.ReadFile("compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(src, &c); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	app, ok := c.Services["assay"]
	if !ok {
		t.Fatal("compose.yaml has no assay service")
	}
	checkCommand(t, "compose.yaml", app.Command)
	if _, err := os.Stat(filepath.Join(app.Build.Context, app.Build.Dockerfile)); app.Build.Context != ".." || err != nil {
		t.Errorf("build %+v: want the repository root as context and deploy/Dockerfile (%v)", app.Build, err)
	}
	for name, v := range app.Environment {
		if !known(name) {
			t.Errorf("compose.yaml sets %s, which Assay does not read", name)
		}
		if name == "DATABASE_URL" || name == "REDIS_URL" {
			u, err := url.Parse(v)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if _, ok := c.Services[u.Hostname()]; !ok {
				t.Errorf("%s points at %q, which is not a service", name, u.Hostname())
			}
			if _, ok := app.DependsOn[u.Hostname()]; !ok {
				t.Errorf("the assay service does not wait for %s", u.Hostname())
			}
		}
	}
	// The env file's example names only variables Assay reads.
	f, err := os.Open(app.EnvFile + ".example")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, _, ok := strings.Cut(line, "="); !ok || !known(name) {
			t.Errorf("%s.example line %d: %q is not a variable Assay reads", app.EnvFile, n, line)
		}
	}
	// Vector indexes are half-precision: pgvector 0.7 or later.
	m := regexp.MustCompile(`^pgvector/pgvector:(\d+)\.(\d+)\.\d+-pg(\d+)$`).FindStringSubmatch(c.Services["postgres"].Image)
	if m == nil {
		t.Fatalf("postgres image %q: want pgvector/pgvector:X.Y.Z-pgNN", c.Services["postgres"].Image)
	}
	if major, minor, pg := atoi(m[1]), atoi(m[2]), atoi(m[3]); major == 0 && minor < 7 || pg < 15 {
		t.Errorf("postgres image %s: Assay needs pgvector 0.7+ (halfvec) on PostgreSQL 15+", c.Services["postgres"].Image)
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func TestKubernetesManifests(t *testing.T) {
	t.Parallel()
	type probe struct {
		HTTPGet struct {
			Path string `yaml:"path"`
			Port string `yaml:"port"`
		} `yaml:"httpGet"`
	}
	type doc struct {
		Kind string `yaml:"kind"`
		Spec struct {
			Template struct {
				Spec struct {
					Containers []struct {
						Args  []string `yaml:"args"`
						Ports []struct {
							Name          string `yaml:"name"`
							ContainerPort int    `yaml:"containerPort"`
						} `yaml:"ports"`
						Env []struct {
							Name string `yaml:"name"`
						} `yaml:"env"`
						ReadinessProbe probe `yaml:"readinessProbe"`
						LivenessProbe  probe `yaml:"livenessProbe"`
					} `yaml:"containers"`
				} `yaml:"spec"`
			} `yaml:"template"`
		} `yaml:"spec"`
		StringData map[string]string `yaml:"stringData"`
	}
	kinds := map[string]int{}
	for _, file := range []string{"k8s/assay.yaml", "k8s/secret.example.yaml"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(src))
		for {
			var d doc
			if err := dec.Decode(&d); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			kinds[d.Kind]++
			for name := range d.StringData {
				if !known(name) {
					t.Errorf("%s: the Secret sets %s, which Assay does not read", file, name)
				}
			}
			for _, c := range d.Spec.Template.Spec.Containers {
				checkCommand(t, file, c.Args)
				addr := ""
				for i, a := range c.Args {
					if a == "--http" && i+1 < len(c.Args) {
						addr = c.Args[i+1]
					}
				}
				if len(c.Ports) != 1 || ":"+strconv.Itoa(c.Ports[0].ContainerPort) != addr {
					t.Errorf("%s: container ports %+v do not match --http %q", file, c.Ports, addr)
				}
				for _, e := range c.Env {
					if !known(e.Name) {
						t.Errorf("%s: env %s is not a variable Assay reads", file, e.Name)
					}
				}
				// The probes' paths are served by the HTTP mode's handler.
				h := slack.NewHandler(slack.Handler{Ready: func(context.Context) error { return nil }}, 1)
				for _, p := range []probe{c.ReadinessProbe, c.LivenessProbe} {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p.HTTPGet.Path, nil))
					if rec.Code != http.StatusOK || p.HTTPGet.Port != c.Ports[0].Name {
						t.Errorf("%s: probe %s on port %q: status %d", file, p.HTTPGet.Path, p.HTTPGet.Port, rec.Code)
					}
				}
			}
		}
	}
	if kinds["Deployment"] != 1 || kinds["Service"] != 1 || kinds["Secret"] != 1 {
		t.Errorf("manifests hold %v, want a Deployment, a Service and an example Secret", kinds)
	}
}

func TestDockerfile(t *testing.T) {
	t.Parallel()
	src, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var cmd []string
	expose := ""
	for _, line := range strings.Split(string(src), "\n") {
		if rest, ok := strings.CutPrefix(line, "CMD "); ok {
			if err := json.Unmarshal([]byte(rest), &cmd); err != nil {
				t.Fatalf("CMD %s: %v (use the JSON form)", rest, err)
			}
		}
		if rest, ok := strings.CutPrefix(line, "EXPOSE "); ok {
			expose = strings.TrimSpace(rest)
		}
	}
	checkCommand(t, "Dockerfile", cmd)
	if len(cmd) < 3 || cmd[1] != "--http" || cmd[2] != ":"+expose {
		t.Errorf("CMD %v does not serve on the exposed port %s", cmd, expose)
	}
	if !strings.Contains(string(src), "CGO_ENABLED=0 go build") || !strings.Contains(string(src), "poppler-utils") {
		t.Error("the image should hold the static build and pdftotext (PDF import)")
	}
}
