import keyring
import pytest

from danvan_desktop.security import keystore


def test_memory_keyring_is_secure_and_keeps_key(memory_keyring):
    assert keystore.keyring_status().secure
    keystore.store_key("abc", b"\x01" * 32)
    assert keystore.load_key("abc") == b"\x01" * 32
    assert memory_keyring.secrets  # it went to the in-memory backend, not a real keyring


@pytest.mark.parametrize("fixture", ["fail_keyring", "null_keyring"])
def test_fail_and_null_backends_are_insecure(request, fixture):
    request.getfixturevalue(fixture)
    status = keystore.keyring_status()
    assert not status.secure
    assert "cụm mật khẩu" in status.reason


def test_plaintext_backend_is_insecure(tmp_path):
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plain.cfg")
    keyring.set_keyring(backend)
    status = keystore.keyring_status()
    assert not status.secure
    assert "không an toàn" in status.reason
