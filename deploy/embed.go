// Package deploy holds what operators deploy with: the example program
// (also the demo's program, embedded here), the Slack app manifest, the
// Dockerfile, a compose file and Kubernetes manifests.
package deploy

import _ "embed"

// ExampleProgram is program.example.yaml: ISO/IEC 42001 with the AI RMF.
//
//go:embed program.example.yaml
var ExampleProgram []byte
