"""Ed25519 signature verification (RFC 8032, section 5.1.7), Python standard library only.

Verification only, on public data, so constant time does not matter here. Written to be read
against the RFC: an auditor need trust neither OpenSSL nor the workspace to check a digest's
signature. Cofactorless check [S]B = R + [k]A, as OpenSSL and Node verify.
"""
import hashlib

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493  # the group order, called q in some texts
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _add(a, b):
    """Point addition in extended coordinates (X, Y, Z, T), RFC 8032 section 5.1.4."""
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    k = (y1 - x1) * (y2 - x2) % P
    l = (y1 + x1) * (y2 + x2) % P
    c = 2 * t1 * t2 * D % P
    dd = 2 * z1 * z2 % P
    e, f, g, h = l - k, dd - c, dd + c, l + k
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _multiply(scalar, point):
    result = (0, 1, 1, 0)  # the neutral element
    while scalar:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def _decode(encoded):
    """A point from its 32-byte encoding, or None when it is not one (RFC 8032 section 5.1.3)."""
    if len(encoded) != 32:
        return None
    y = int.from_bytes(encoded, 'little')
    sign = y >> 255
    y &= (1 << 255) - 1
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return (x, y, 1, x * y % P)


def _same(a, b):
    x1, y1, z1, _ = a
    x2, y2, z2, _ = b
    return (x1 * z2 - x2 * z1) % P == 0 and (y1 * z2 - y2 * z1) % P == 0


_BY = 4 * pow(5, P - 2, P) % P
BASE = _decode(_BY.to_bytes(32, 'little'))


def verify(public_key, message, signature):
    """True when `signature` (64 bytes) is `public_key`'s (32 bytes) Ed25519 signature of `message`."""
    if len(public_key) != 32 or len(signature) != 64:
        return False
    a = _decode(public_key)
    r = _decode(signature[:32])
    s = int.from_bytes(signature[32:], 'little')
    if a is None or r is None or s >= L:
        return False
    k = int.from_bytes(hashlib.sha512(signature[:32] + public_key + message).digest(), 'little') % L
    return _same(_multiply(s, BASE), _add(r, _multiply(k, a)))
