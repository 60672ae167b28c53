#!/usr/bin/env bash
# A tour of the command line, in a scratch embedded store (or the store
# DATABASE_URL names, when set). Grows into `assay demo` as the product does.
set -euo pipefail
assay=${1:-bin/assay}
run() { printf '\n$ assay %s\n' "$*"; "$assay" "$@"; }

export ASSAY_LOG_LEVEL=${ASSAY_LOG_LEVEL:-warn}
if [ -z "${DATABASE_URL:-}" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  export DATABASE_URL="sqlite:$scratch/tour.db"
fi
run migrate
# Who answers and who decides comes from the program in force.
run program apply scripts/tour-program.yaml
run catalog list
run catalog show iso42001 A.6.2.4
run catalog show 800-53 'ac-2.1'
run catalog map ai-rmf 'MEASURE 2.5' --to iso42001
run catalog map iso27032 9.2.10 --to csf
printf '\n$ assay catalog show iso27001 A.5.99   # a typo gets suggestions\n'
"$assay" catalog show iso27001 A.5.99 || true
run search "we wipe laptops before disposal" --k 3
run search "how do we check the model before release" --control iso42001:A.6.2.4 --k 3

# An owner answers; the offline drafter (or the model, with OPENAI_API_KEY)
# drafts a rating; a lead adjusts it, which proposes it for ISO 27032.
printf '\n$ assay assess iso27001 A.8.8 --answer "..." --json\n'
draft=$("$assay" assess iso27001 A.8.8 --as U0OWNER --json \
  --answer "The platform team patches servers every month under our approved patch policy; we track time-to-patch on a dashboard." \
  --evidence https://wiki.example/patching)
echo "$draft"
id=$(printf '%s' "$draft" | sed -n 's/^  "draft_id": "\([^"]*\)".*/\1/p')
run review "$id" --adjust 3 --reason "The dashboard is not reviewed yet." --as U0LEAD
run drafts list
run report calibration
run audit verify
run audit log
