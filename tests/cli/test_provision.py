"""``gorgias-async provision SPEC.py``: the spec scripts' steps for any spec file."""

from __future__ import annotations

from pathlib import Path

from tests._cli import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples"


async def test_an_example_script_provisions_in_the_sandbox():
    ran = await run_cli("provision", str(EXAMPLES / "crm_spec.py"), "--sandbox", "--quiet")
    assert ran.code == 0, ran.err
    assert "created" in ran.out
    assert "Traceback" not in ran.err


async def test_a_spec_variable_dry_run_and_teardown(tmp_path):
    spec = tmp_path / "tags_spec.py"
    spec.write_text(
        "from gorgias_async.provision import AddTags, Macro, Spec\n"
        "spec = Spec(macros=[Macro(name='Tag it', actions=[AddTags(['tagged'])])])\n"
        "if __name__ == '__main__':\n"
        "    raise SystemExit('the main block must not run')\n"
    )
    dry = await run_cli("provision", str(spec), "--sandbox", "--dry-run")
    assert dry.code == 0, dry.err
    assert "Tag it" in dry.out
    assert "requests, 0 answered 429" in dry.err  # the run's summary
    done = await run_cli("provision", str(spec), "--sandbox", "--teardown")
    assert done.code == 0, done.err


async def test_a_build_spec_without_arguments(tmp_path):
    spec = tmp_path / "built.py"
    spec.write_text(
        "from gorgias_async.provision import AddTags, Macro, Spec\n"
        "def build_spec():\n"
        "    return Spec(macros=[Macro(name='Built', actions=[AddTags(['b'])])])\n"
    )
    ran = await run_cli("provision", str(spec), "--sandbox")
    assert ran.code == 0, ran.err
    assert "Built" in ran.out
