//! The real `dais` binary on a temporary workspace, as a script runs it: for the CLI's tests.

#![allow(dead_code)] // each test file uses part of it

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_dais");

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn stderr_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {:?}", self.stderr))
    }
}

pub struct Workspace {
    pub dir: TempDir,
    pub path: PathBuf,
}

impl Workspace {
    /// A folder for a workspace that does not exist yet.
    pub fn empty() -> Workspace {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("ws.dais");
        Workspace { dir, path }
    }

    pub fn demo() -> Workspace {
        let ws = Workspace::empty();
        ws.ok(&["init", "--demo"]);
        ws
    }

    /// Runs `dais --workspace <this one> args...`, with the home folders pointed into the temporary folder so that
    /// nothing can reach the real app-data folder.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(Some(&self.path), args)
    }

    pub fn run_with(&self, workspace: Option<&Path>, args: &[&str]) -> Run {
        self.run_in(workspace, args, &[])
    }

    /// Runs `dais` with the locale's variables as given (`LANG=ru_RU.UTF-8`), none other than them; English without.
    pub fn run_in(&self, workspace: Option<&Path>, args: &[&str], locale: &[(&str, &str)]) -> Run {
        let mut cmd = Command::new(BIN);
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            cmd.env_remove(name);
        }
        cmd.envs(locale.iter().copied());
        if let Some(path) = workspace {
            cmd.arg("--workspace").arg(path);
        }
        let home = self.dir.path().join("home");
        let out = cmd
            .args(args)
            .env_remove("DAIS_WORKSPACE")
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .output()
            .expect("the dais binary runs");
        Run {
            code: out.status.code().expect("exited, not killed"),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }

    /// Runs a command that must succeed; returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "dais {args:?} failed: {}", run.stderr);
        run.stdout
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut with_json = vec!["--json"];
        with_json.extend(args);
        let out = self.ok(&with_json);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
    }

    /// Runs a command that must fail with `code`.
    pub fn fails(&self, args: &[&str], code: i32) -> Run {
        let run = self.run(args);
        assert_eq!(run.code, code, "dais {args:?}: stdout {:?}, stderr {:?}", run.stdout, run.stderr);
        assert!(run.stdout.is_empty(), "a failure prints nothing on stdout: {:?}", run.stdout);
        run
    }

    /// Runs a command that must fail with `code`; returns the error as JSON (`--json`; null for a usage error, clap's).
    pub fn fails_json(&self, args: &[&str], code: i32) -> Value {
        let mut with_json = vec!["--json"];
        with_json.extend(args);
        let run = self.fails(&with_json, code);
        serde_json::from_str(run.stderr.trim()).unwrap_or(Value::Null)
    }
}
