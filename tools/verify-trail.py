#!/usr/bin/env python3
"""Checks an exported Samverkan event store against its chain rules and, optionally, a signed digest.

An auditor's own tool, independent of the workspace's code: Python 3 standard library only.
    npm run cli -- export events --out events.jsonl
    python3 tools/verify-trail.py events.jsonl [--digest digest.json --public-key workspace-key.pem] [--list]
Exit 0: every chain (and the digest) holds. 2: something does not. 1: the input cannot be read.
The rules, and known answers to check this script against, are in docs/AUDIT.md.
"""
import argparse
import base64
import hashlib
import json
import re
import sys

import ed25519_verify

KNOWN_CHAIN_VERSIONS = (1, 2)
DIGEST_FORMATS = ('samverkan-integrity-digest/1', 'samverkan-integrity-digest/2')
ED25519_SPKI_PREFIX = bytes.fromhex('302a300506032b6570032100')


class Number:
    """A JSON number kept as the text the workspace wrote, since the hash covers that text."""

    def __init__(self, text):
        self.text = text


def load_json(text):
    return json.loads(text, parse_int=Number, parse_float=Number)


def _js_string(s):
    """A string as JavaScript's JSON.stringify writes it (lone surrogates escaped)."""
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch in '"\\':
            out.append('\\' + ch)
        elif ch in '\b\f\n\r\t':
            out.append({'\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}[ch])
        elif c < 0x20 or 0xD800 <= c <= 0xDFFF:
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out) + '"'


def _is_array_index(key):
    return re.fullmatch(r'0|[1-9][0-9]*', key) is not None and int(key) < 2**32 - 1


def _key_order(keys):
    """Keys sorted by UTF-16 code units; JavaScript objects list integer-like keys first, by value."""
    indices = sorted((k for k in keys if _is_array_index(k)), key=int)
    names = sorted((k for k in keys if not _is_array_index(k)), key=lambda k: k.encode('utf-16-be', 'surrogatepass'))
    return indices + names


def canonical(value):
    """JSON with keys sorted at every level, no spaces: the bytes every hash and the signature cover."""
    if isinstance(value, dict):
        return '{' + ','.join(_js_string(k) + ':' + canonical(value[k]) for k in _key_order(value.keys())) + '}'
    if isinstance(value, list):
        return '[' + ','.join(canonical(v) for v in value) + ']'
    if isinstance(value, Number):
        return value.text
    if isinstance(value, str):
        return _js_string(value)
    return {True: 'true', False: 'false', None: 'null'}[value]


def sha256_hex(text):
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()


def chain_hash(previous, event):
    """sha256 of the previous link (empty for a stream's first event), a newline, and the event's content."""
    metadata = {k: v for k, v in event['metadata'].items() if k != 'chainHash'}
    covered = {k: event[k] for k in ('id', 'stream', 'revision', 'type', 'data')}
    covered['metadata'] = metadata
    return sha256_hex((previous or '') + '\n' + canonical(covered))


def chain_version(metadata):
    version = metadata.get('chainVersion', Number('1'))
    if isinstance(version, Number) and re.fullmatch(r'[0-9]+', version.text) and int(version.text) in KNOWN_CHAIN_VERSIONS:
        return int(version.text)
    return None


def walk(events, up_to=None):
    """The chain rules, event by event in store order, as `npm run cli -- verify` applies them."""
    heads, broken, timeline, last_position, count = {}, [], hashlib.sha256(), None, 0
    for e in events:
        position = int(e['position'])
        if up_to is not None and position > up_to:
            break
        head = heads.get(e['stream'])
        revision = int(e['revision'].text)
        stored = e['metadata'].get('chainHash')
        version = chain_version(e['metadata'])
        problem = None
        if last_position is not None and position <= last_position:
            problem = 'OUT_OF_ORDER'
        elif revision != (head['revision'] + 1 if head else 0):
            problem = 'REVISION_GAP'
        elif not isinstance(stored, str):
            problem = 'MISSING_HASH'
        elif version is None:
            problem = 'UNKNOWN_CHAIN_VERSION'
        elif head and version < head['version']:
            problem = 'CHAIN_VERSION_DOWNGRADE'
        elif chain_hash(head['hash'] if head else None, e) != stored:
            problem = 'HASH_MISMATCH'
        elif version >= 2 and e['metadata'].get('recordedAt') != e['recordedAt']:
            problem = 'RECORDED_AT_MISMATCH'
        if problem:
            broken.append((problem, e['stream'], revision, e['id'], position))
        stored_text = stored if isinstance(stored, str) else ''
        heads[e['stream']] = {'stream': e['stream'], 'revision': revision, 'hash': stored_text, 'version': version or 0}
        timeline.update(f"{position} {e['stream']} {revision} {e['recordedAt']}\n".encode('utf-8', 'surrogatepass'))
        last_position, count = position, count + 1
    return {'heads': heads, 'broken': broken, 'timeline_root': timeline.hexdigest(), 'events': count}


def digest_heads(heads):
    ordered = sorted(heads.values(), key=lambda h: h['stream'].encode('utf-16-be', 'surrogatepass'))
    return [{'stream': h['stream'], 'revision': Number(str(h['revision'])), 'hash': h['hash']} for h in ordered]


def trusted_key(pem_path):
    """The raw 32-byte key of an Ed25519 public key in PEM (SPKI), as `digest --public-key-out` writes it."""
    with open(pem_path, encoding='ascii') as f:
        body = re.search(r'-----BEGIN PUBLIC KEY-----(.*?)-----END PUBLIC KEY-----', f.read(), re.S)
    der = base64.b64decode(body.group(1)) if body else b''
    if len(der) != 44 or not der.startswith(ED25519_SPKI_PREFIX):
        raise ValueError(f'{pem_path} is not an Ed25519 public key in PEM')
    return der[12:]


def check_digest(events, digest, key):
    """What `verify --digest` checks: signature under the trusted key, root, heads, and timeline root."""
    problems = []
    if digest.get('format') not in DIGEST_FORMATS:
        return [f"Unknown digest format {digest.get('format')}"]
    named = base64.b64decode(digest.get('publicKey', ''))
    body = {k: v for k, v in digest.items() if k != 'signature'}
    if named != ED25519_SPKI_PREFIX + key:
        problems.append('The digest was signed by another key than the trusted one')
    elif not ed25519_verify.verify(key, canonical(body).encode('utf-8'), base64.b64decode(digest.get('signature', ''))):
        problems.append('The signature does not match the digest: the file was altered')
    if sha256_hex(canonical(digest['heads'])) != digest['root']:
        problems.append('The root does not match the heads listed in the digest')
    up_to = walk(events, int(digest['position']))
    problems += [f'{p} at {s} revision {r} (position {pos})' for p, s, r, _, pos in up_to['broken'][:1]]
    now = {h['stream']: h for h in up_to['heads'].values()}
    for kept in digest['heads']:
        found = now.pop(kept['stream'], None)
        if found is None:
            problems.append(f"Stream {kept['stream']} is missing")
        elif found['revision'] != int(kept['revision'].text) or found['hash'] != kept['hash']:
            problems.append(f"Stream {kept['stream']} differs at its head")
    problems += [f"Stream {extra} has events before the digest's position that the digest does not list" for extra in now]
    if digest['format'].endswith('/2') and up_to['timeline_root'] != digest.get('timelineRoot'):
        problems.append("The events' positions or recorded times up to the digest's position changed")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('events', help='the JSON lines of `npm run cli -- export events`')
    parser.add_argument('--digest', help='a digest written by `npm run cli -- digest`')
    parser.add_argument('--public-key', help="the workspace's public key (PEM) the digest must be signed with")
    parser.add_argument('--list', action='store_true', help='print every event with the hash computed for it')
    parser.add_argument('--signed-bytes', metavar='PREFIX', help='with --digest: write PREFIX.msg (what the signature covers) '
                        'and PREFIX.sig, to check the signature with OpenSSL too (docs/AUDIT.md)')
    args = parser.parse_args()
    if args.digest and not args.public_key:
        parser.error('--digest needs --public-key: a signature checked against the key the file names proves nothing')
    try:
        with open(args.events, encoding='utf-8') as f:
            events = [load_json(line) for line in f if line.strip()]
        digest = key = None
        if args.digest:
            with open(args.digest, encoding='utf-8') as f:
                digest = load_json(f.read())
            key = trusted_key(args.public_key)
    except (OSError, ValueError, KeyError) as error:
        print(f'Cannot read the input: {error}', file=sys.stderr)
        return 1
    if digest and args.signed_bytes:
        with open(args.signed_bytes + '.msg', 'wb') as f:
            f.write(canonical({k: v for k, v in digest.items() if k != 'signature'}).encode('utf-8'))
        with open(args.signed_bytes + '.sig', 'wb') as f:
            f.write(base64.b64decode(digest.get('signature', '')))
    try:
        result = walk(events)
        problems = check_digest(events, digest, key) if digest else []
    except (KeyError, AttributeError, TypeError, ValueError) as error:
        print(f'Cannot read the input: a line or the digest lacks a field or has one of the wrong kind ({error!r})', file=sys.stderr)
        return 1
    if args.list:
        heads = {}
        for e in events:
            computed = chain_hash(heads.get(e['stream']), e)
            heads[e['stream']] = e['metadata'].get('chainHash')
            print(e['position'], e['stream'], e['revision'].text, chain_version(e['metadata']), computed)
    heads = digest_heads(result['heads'])
    print(f"{result['events']} events in {len(heads)} streams")
    print(f"root {sha256_hex(canonical(heads))}")
    print(f"timelineRoot {result['timeline_root']}")
    for problem, stream, revision, event_id, position in result['broken']:
        print(f'BROKEN {problem} at {stream} revision {revision} (event {event_id}, position {position})')
    for problem in problems:
        print(f'DIGEST {problem}')
    if digest:
        print(f"digest up to position {digest['position']}: {'holds' if not problems else 'DOES NOT HOLD'}")
    holds = not result['broken'] and not problems
    print('The trail holds.' if holds else 'The trail does NOT hold.')
    return 0 if holds else 2


if __name__ == '__main__':
    sys.exit(main())
