"""Other implementations agree: the `bagit` package validates the bag, and minisign (the
reference C tool) verifies the signature of its tag manifest with the exported .pub."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from io import BytesIO

import bagit
import pytest

from danvan_desktop.bundles import minisign
from tests.bundles.helpers import make_bundle

MINISIGN = shutil.which("minisign") or ("/usr/bin/minisign" if os.path.exists("/usr/bin/minisign") else None)


def require_minisign() -> str:
    if MINISIGN:
        return MINISIGN
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("minisign is missing on CI: scripts/install-system-deps.sh installs it")
    pytest.skip("minisign is not installed (apt install minisign)")


@pytest.fixture
def extracted(tmp_path):
    key = minisign.SecretKey.generate()
    blob = make_bundle(key, sequence=2)
    zipfile.ZipFile(BytesIO(blob)).extractall(tmp_path / "out")
    (tmp_path / "unit.pub").write_text(key.public().to_file())
    return tmp_path / "out" / "danvan-02266-2026-H1-002", tmp_path / "unit.pub"


def test_bagit_package_validates_the_bag(extracted):
    bag_dir, _ = extracted
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises BagValidationError otherwise
    assert bag.info["Unit-Code"] == "02266" and bag.info["Sequence"] == "2"
    assert bag.info["Payload-Oxum"].endswith(".4")


def test_bagit_package_notices_a_changed_payload(extracted):
    bag_dir, _ = extracted
    (bag_dir / "data" / "figures.json").write_text("{}")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()


def test_minisign_verifies_the_tag_manifest(extracted):
    binary = require_minisign()
    bag_dir, pub = extracted
    done = subprocess.run([binary, "-V", "-p", str(pub), "-m", "tagmanifest-sha256.txt"], cwd=bag_dir,
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert "danvan-bundle/1 unit=02266 period=2026-H1 sequence=2" in done.stdout


def test_minisign_refuses_a_changed_tag_manifest(extracted):
    binary = require_minisign()
    bag_dir, pub = extracted
    manifest = bag_dir / "tagmanifest-sha256.txt"
    manifest.write_bytes(manifest.read_bytes().replace(b"bagit.txt", b"bagit.TXT"))
    done = subprocess.run([binary, "-V", "-p", str(pub), "-m", str(manifest)], capture_output=True, text=True,
                          timeout=30)
    assert done.returncode != 0
