"""Bad input to every command: exit 2, one line on stderr naming the problem, no traceback."""

import pytest

from proofs.cli import main


@pytest.mark.parametrize("argv, fragment", [
    (["check", "--paper", "nope"], "unknown paper key 'nope'"),
    (["check", "no_such_claim"], "unknown claim id 'no_such_claim'"),
    (["sweep", "--max-width", "0"], "max_width must be a positive integer"),
    (["sweep", "--max-depth", "100"], "more than 2000"),
    (["sweep", "--max-depth", "x"], "invalid int value"),
    (["bench", "--baseline-limit", "-1"], "--baseline-limit must be a positive number"),
    (["bench", "--reference", "--repeats", "0"], "--repeats must be a positive integer"),
    (["bench", "--scale", "--against", "/no/such/dir"], "--against must be a checkout's directory"),
    (["classify"], "required: FILE.json"),
    (["classify", "/no/such/file.json"], "cannot read"),
    (["notebooks", "--bogus"], "unrecognized arguments"),
])
def test_bad_input_exits_2_with_one_line(argv, fragment, capsys):
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err
