"""The pre-commit hooks: the manifest validates, and the real ``pre-commit``
program, installed as a git hook in a temporary repository, blocks a commit
of broken posts, fixes them, and lets the next commit through.

The hook repository is a snapshot of this checkout (working tree included),
which pre-commit pip-installs into its own virtualenv like any user's
install; that needs PyPI.  When the install cannot run (offline), the test
falls back to a ``repo: local`` / ``language: system`` hook running this
interpreter's articlefix with the manifest's own arguments, and says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT
from .test_cli import BROKEN_EN, CLEAN_JA, fixed, write

MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def _pre_commit() -> str:
    beside = Path(sys.executable).with_name("pre-commit")
    return str(beside) if beside.exists() else shutil.which("pre-commit") or ""


PRE_COMMIT = _pre_commit()
needs_tools = pytest.mark.skipif(
    not (PRE_COMMIT and shutil.which("git")), reason="needs both git and the pre-commit program (pip install pre-commit)"
)


def hooks() -> dict[str, dict]:
    return {h["id"]: h for h in yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))}


def test_manifest_declares_both_hooks_consistently():
    found = hooks()
    assert set(found) == {"articlefix", "articlefix-check"}
    for hook in found.values():
        assert hook["language"] == "python" and hook["types_or"] == ["markdown"]
        # one level of parallelism: pre-commit's chunks, one process per call
        assert hook["require_serial"] is False and "--jobs 1" in hook["entry"]
    assert "--in-place" in found["articlefix"]["entry"]
    # a post with no article is never fixed in place, so only the exit status can block its commit
    assert "--fail-on-no-article" in found["articlefix"]["entry"]
    assert "--check" in found["articlefix-check"]["entry"] and "--in-place" not in found["articlefix-check"]["entry"]


@needs_tools
def test_manifest_passes_validate_manifest():
    proc = subprocess.run([PRE_COMMIT, "validate-manifest", str(MANIFEST)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _git(*args: str, cwd: Path, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check, timeout=600)


def _snapshot_of_this_checkout(dest: Path, env: dict) -> str:
    """A git repository holding this checkout's package as it is now."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "cleaner", dest / "cleaner", ignore=ignore)
    _git("init", "-q", cwd=dest, env=env)
    _git("add", "-A", cwd=dest, env=env)
    _git("commit", "-q", "-m", "snapshot", cwd=dest, env=env)
    return _git("rev-parse", "HEAD", cwd=dest, env=env).stdout.strip()


def _config(repo: str, rev: str) -> str:
    return yaml.safe_dump({"repos": [{"repo": repo, "rev": rev, "hooks": [{"id": "articlefix-check", "stages": ["manual"]}, {"id": "articlefix"}]}]})


def _local_config() -> str:
    local = []
    for hook in hooks().values():
        entry = hook["entry"].replace("articlefix", f"{sys.executable} -m cleaner", 1)
        local.append({**hook, "entry": entry, "language": "system"})
    local[[h["id"] for h in local].index("articlefix-check")]["stages"] = ["manual"]
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": local}]})


@needs_tools
def test_real_pre_commit_blocks_the_commit_fixes_the_posts_then_passes(tmp_path):
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
    }
    env.pop("NO_COLOR", None)
    rev = _snapshot_of_this_checkout(tmp_path / "hook-repo", env)
    site = tmp_path / "site"
    site.mkdir()
    _git("init", "-q", cwd=site, env=env)
    config = write(site, ".pre-commit-config.yaml", _config(str(tmp_path / "hook-repo"), rev))
    install = subprocess.run([PRE_COMMIT, "install-hooks"], cwd=site, env=env, capture_output=True, text=True, timeout=900)
    if install.returncode != 0:
        # offline: run the same hooks from this interpreter instead
        config.write_text(_local_config(), encoding="utf-8")
        print("pre-commit could not pip-install the hook (offline?); using a repo: local, language: system hook:\n" + install.stdout[-2000:])
    subprocess.run([PRE_COMMIT, "install"], cwd=site, env=env, check=True, capture_output=True)

    broken = write(site, "_posts/2026-01-10-libraries.md", BROKEN_EN)
    clean = write(site, "_posts/2026-02-01-walk.md", CLEAN_JA)
    notes = write(site, "notes.txt", BROKEN_EN)  # not markdown: the hook must not touch it
    _git("add", "-A", cwd=site, env=env)

    # the check-only hook fails and changes nothing
    check = subprocess.run([PRE_COMMIT, "run", "articlefix-check", "--hook-stage", "manual", "--all-files"], cwd=site, env=env, capture_output=True, text=True, timeout=600)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "Would fix: _posts/2026-01-10-libraries.md" in check.stdout
    assert broken.read_text(encoding="utf-8") == BROKEN_EN

    # the commit is blocked and the post fixed in the working tree
    first = _git("commit", "-m", "add posts", cwd=site, env=env, check=False)
    assert first.returncode != 0, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout + first.stderr
    assert _git("rev-parse", "--verify", "-q", "HEAD", cwd=site, env=env, check=False).returncode != 0  # no commit made
    assert broken.read_text(encoding="utf-8") == fixed(BROKEN_EN)
    assert clean.read_text(encoding="utf-8") == CLEAN_JA and notes.read_text(encoding="utf-8") == BROKEN_EN

    # once the fixes are staged, the commit goes through
    _git("add", "-A", cwd=site, env=env)
    second = _git("commit", "-m", "add posts", cwd=site, env=env, check=False)
    assert second.returncode == 0, second.stdout + second.stderr
    assert _git("status", "--porcelain", cwd=site, env=env).stdout == ""
    assert _git("show", "HEAD:_posts/2026-01-10-libraries.md", cwd=site, env=env).stdout == fixed(BROKEN_EN)

    # a post that is only the agent's reply: nothing to fix in place, the commit is blocked all the same
    refusal = (ROOT / "fixtures" / "noarticle-en-refusal.md").read_text(encoding="utf-8")
    empty = write(site, "_posts/2026-03-02-cranes.md", refusal)
    _git("add", "-A", cwd=site, env=env)
    third = _git("commit", "-m", "add a refusal", cwd=site, env=env, check=False)
    assert third.returncode != 0, third.stdout + third.stderr
    assert "No article: _posts/2026-03-02-cranes.md" in third.stdout + third.stderr
    assert empty.read_text(encoding="utf-8") == refusal
    assert _git("ls-tree", "-r", "--name-only", "HEAD", cwd=site, env=env).stdout.count("cranes") == 0
