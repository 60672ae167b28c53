// Command assay runs compliance maturity assessments in Slack.
// See README.md; `assay --help` lists the commands.
package main

import "github.com/assay-dev/assay/cli"

func main() { cli.Main() }
