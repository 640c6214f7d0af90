import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainHash, chainVersionOf, storedChainHash } from '@samverkan/core';
import type { SqliteEventStore } from '@samverkan/event-store';
import { readExport, storeFromExport } from '../../../test/fixtures/known-answers/load-export';
import { checkDigest, createDigest, headsAt, IntegrityDigest, walkChains, writeEventLines } from '../src';

/**
 * Known answers (docs/AUDIT.md, "Known answers"): every expected value below is a literal, worked
 * out once and checked by tools/verify-trail.py, never by this code. A change of the hash, root,
 * timeline or signing format, which would make every kept chain and digest fail, fails here.
 */
const FIXTURE = join(__dirname, '../../../test/fixtures/known-answers');
const events = readExport(join(FIXTURE, 'store.jsonl'));
const digestFile = (name: string) => JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')) as IntegrityDigest;
const testKey = createPrivateKey(readFileSync(join(FIXTURE, 'TEST-ONLY-signing-key.pem')));
const keys = { privateKey: testKey, publicKey: createPublicKey(testKey) };

/** Position → the event's chain hash. Positions 1–18 are chain format 1, 19–23 format 2. */
const LINKS: Record<number, string> = {
  1: '70e03729589d314eac041c0e6513ef7b718532406ac3c8f8fcce6fe7300a785e',
  2: 'b49b72491c81fd0329a3ce96508e92232a1b1b3adcb411292f6706b1d79aeee5',
  3: '207d1b7aff78cd93492e18c0f677684ae18118cc8fc8fe03ffec23e16c89918a',
  4: '9ea653fb31ca92dc802e9b13e0262241209e070dd411cb034da8d660114cf240',
  5: '5b4fe954a97fa2f3da7def3411663a799e1e850ef8238da9e8b0a8f7cc691206',
  6: '987a20647e1f6c1bb94250877e26b3dd86cc4c1cfaca828976f34c0b3a074302',
  7: '46f096cb2b7e8bdda0921489bd70c7c39777f48c4ca8cabc7333c6ea715ec3ee',
  8: 'ff44c20272db710c19565fe4ee3e6670ed2dbbc4800458caf2a84ebcfca9a2a2',
  9: '2ff40328107a8607191d9b96b4ef3dde4b6c33ee7838996c273b0307e6989a06',
  10: '8d69c00caa770d381e77ae98c10e04f34c9a403809e781b36de2a40334bd3713',
  11: '6b18261f3330293233ef8a7b1d73dcb465cc70972b404d5343efe4717ac7b989',
  12: '729a6d12b44391abb43b75ead1ec9b131811c8d872fa94dfe30cbf8928da9ab4',
  13: 'd475d7515ec0c04f62785f238466df6517065756f3caacd4672ca92466a1a29d',
  14: '02b82c13aa9d620148f1ff850f84b3b04324b41b70694049c00314fd2dbb94de',
  15: '35dad969498b31977be78976f33f6e823ca56895ad428347cbdd5b66cd502ea6',
  16: '3fc1b91f58f76c278d7898d6d8c59cb0c4e6b6d4f1a8e7881fd45f685ce36953',
  17: '5f5d80cead1e33de745f99281691a7dd6250233c44d26246280becc9a838f375',
  18: '5a5eaa43e445acee5f53b368dcaa1e134ee6510b0f0a0a132fb8c38b84184302',
  19: 'a87d7cd04b58dc8a36e05ea3e8b53a497a9c090731db3cbce59b327b4ae94ff2',
  20: '8feb03fd0a2e665963275e8ffc0695dc40c674c9e3ead7e45ec5d08fe2137944',
  21: '5ca67823c07d7a319e4647bef3c8f0abf310900b32fee0eb131834e0e369d2b2',
  22: '1a1c82ebdc410dc0d05f539240a16fca84719a2570eb63ba8409f0bfb7fdbb04',
  23: 'd4504e4ebd233b06ca6b1566e9cd6f618dfa16d9aa386ef8ced2a01136bd0895',
};
/** Digest format 1, up to position 18 (the last format-1 event). */
const V1 = {
  root: '9e8f96db9f7fdbf8ff48558170906d19fe83bde25ef136393dd8c66a86bf112d',
  signature: '/4AbpLiRA9BzCe1f9Zv/ieWDSxVJmp2K+ckqVolbDe6WDazldzH1DsVGp53WSA+X32jXBWfOKhFNBSC2ha0kDg==',
};
/** Digest format 2 over the whole store, created 2026-12-01T12:00:00.000Z. */
const V2 = {
  root: '1461fbbd786c50dca46b347da76f5b59745fce54c31cc2a6ee599c10f5c45b38',
  timelineRoot: 'a65b4b05d729352c54c279be0dcbe10dd05a0a66e6b02bb689b1a6aeb37d72c0',
  signature: 'Oy5/wzoAb6fcHZkxqktKpE0D05m62Ls6y8FmMNPq3XTQBgzxFt5nwg4wfU0nZKdLq1cjxCeytS3gGFPzBIuBAg==',
};
const TEST_KEY_FINGERPRINT = '23afb6dca40f9f14e6861cace71771b73ae95ecb605ea7968d4b8298c3a16b15';

describe('The audit core against its known answers', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-known-answers-'));
    store = storeFromExport(events, join(dir, 'events.sqlite'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds both chain formats: events 1–18 of format 1, 19–23 of format 2', () => {
    expect(events.map((e) => chainVersionOf(e.metadata))).toEqual([...Array(18).fill(1), ...Array(5).fill(2)]);
  });

  it('gives every event, of either chain format, its known chain hash from the one before it', () => {
    const previous = new Map<string, string>();
    for (const event of events) {
      const expected = LINKS[Number(event.position)];
      expect({ position: event.position, hash: chainHash(previous.get(event.stream) ?? null, event) }).toEqual({
        position: event.position,
        hash: expected,
      });
      expect(storedChainHash(event.metadata)).toBe(expected);
      previous.set(event.stream, expected);
    }
  });

  it('reads the store back with every link holding and the known timeline root', async () => {
    await expect(walkChains(store)).resolves.toMatchObject({
      firstBroken: null,
      eventsChecked: 23,
      streamsChecked: 4,
      timelineRoot: V2.timelineRoot,
    });
  });

  it('gives the known roots over the stream heads, at the end of format 1 and at the head', async () => {
    const atV1 = await headsAt(store, 18n);
    expect(atV1.root).toBe(V1.root);
    expect(atV1.heads.map((h) => h.hash)).toEqual([LINKS[12], LINKS[18], LINKS[16]]);
    const atHead = await headsAt(store, 23n);
    expect(atHead.root).toBe(V2.root);
    expect(atHead.heads.map((h) => h.hash)).toEqual([LINKS[21], LINKS[18], LINKS[16], LINKS[23]]);
  });

  it('signs a digest of format 2 with the test key to the known signature, byte for byte the kept file', async () => {
    const digest = await createDigest(store, keys, new Date('2026-12-01T12:00:00.000Z'));
    expect(digest).toMatchObject({
      format: 'samverkan-integrity-digest/2',
      root: V2.root,
      timelineRoot: V2.timelineRoot,
      keyFingerprint: TEST_KEY_FINGERPRINT,
    });
    expect(digest.signature).toBe(V2.signature);
    expect(digest).toEqual(digestFile('digest-v2.json'));
  });

  it.each([
    ['1', 'digest-v1.json', V1],
    ['2', 'digest-v2.json', V2],
  ])(
    'holds a kept digest of format %s with its known root and signature under the test key',
    async (_format, name, known) => {
      const digest = digestFile(name);
      expect({ root: digest.root, signature: digest.signature }).toEqual({
        root: known.root,
        signature: known.signature,
      });
      await expect(checkDigest(store, digest, keys.publicKey)).resolves.toMatchObject({ holds: true, problems: [] });
    },
  );

  it('exports the store as the very lines it was loaded from', async () => {
    const lines: string[] = [];
    await writeEventLines(store, (text) => lines.push(text));
    expect(lines.join('')).toBe(readFileSync(join(FIXTURE, 'store.jsonl'), 'utf8'));
  });
});
