import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { ESTABLISH, VAST } from '../support/forum-fixtures';
import { useTestApp } from '../support/test-app';

const DIGEST = '{ integrityDigest { file publicKeyPem root position events streams keyFingerprint } }';
const CHECK = `query($digest: String!, $publicKey: String) {
  checkIntegrityDigest(digest: $digest, publicKey: $publicKey) { holds problems streamsCompared position } }`;
const CITED = `query($positions: [String!]!) {
  timeline(first: 50, filter: { positions: $positions }) { edges { node { position stream type } } } }`;

/** The auditor's digests and a report line's cited events, as the web page asks for them. */
describe('Digests and cited events through the API', () => {
  const t = useTestApp();

  it('refuses a digest of an empty store, which has nothing to sign', async () => {
    const res = await t.gql('AUDITOR', DIGEST);
    expect(res.errors?.[0].extensions?.code).toBe('DOMAIN_RULE_VIOLATION');
    expect(res.errors?.[0].extensions?.rule).toBe('TRAIL_BROKEN');
  });

  describe('with a forum founded', () => {
    let digest: { file: string; publicKeyPem: string; root: string; position: string; streams: number };
    beforeAll(async () => {
      expect((await t.gql('STEERING_GROUP', ESTABLISH, { input: VAST })).errors).toBeUndefined();
      const res = await t.gql('AUDITOR', DIGEST);
      expect(res.errors).toBeUndefined();
      digest = res.data.integrityDigest;
    });

    it('signs a digest with the workspace key, as `cli digest` writes it', async () => {
      const file = JSON.parse(digest.file);
      expect(file).toMatchObject({
        format: 'samverkan-integrity-digest/2',
        root: digest.root,
        position: digest.position,
      });
      expect(file.heads).toEqual([expect.objectContaining({ stream: 'forum-vast', revision: 0 })]);
      expect(digest.publicKeyPem).toContain('BEGIN PUBLIC KEY');
      // The key it names is the one the workspace keeps in DATA_DIR.
      expect(readFileSync(join(t.dataDir, 'integrity-signing-key.pem'), 'utf8')).toContain('PRIVATE KEY');
    });

    it('checks a kept digest under the key given, and under the workspace key by default', async () => {
      for (const publicKey of [digest.publicKeyPem, null]) {
        const res = await t.gql('AUDITOR', CHECK, { digest: digest.file, publicKey });
        expect(res.data.checkIntegrityDigest).toEqual({
          holds: true,
          problems: [],
          streamsCompared: 1,
          position: digest.position,
        });
      }
    });

    it('finds an altered digest, and one that a store change no longer matches', async () => {
      const altered = { ...JSON.parse(digest.file), events: 99 };
      const res = await t.gql('AUDITOR', CHECK, { digest: JSON.stringify(altered) });
      expect(res.data.checkIntegrityDigest.holds).toBe(false);
      expect(res.data.checkIntegrityDigest.problems.join(' ')).toMatch(/signature does not match/);
      const store = t.app.get<EventStore>(EVENT_STORE);
      expect(await store.headPosition()).toBe(BigInt(digest.position));
    });

    it('names the field of a digest or key it cannot read', async () => {
      const notJson = await t.gql('AUDITOR', CHECK, { digest: 'not json' });
      expect(notJson.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(notJson.errors?.[0].extensions)).toContain('digest');
      const badKey = await t.gql('AUDITOR', CHECK, { digest: digest.file, publicKey: 'no key' });
      expect(badKey.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(badKey.errors?.[0].extensions)).toContain('publicKey');
    });

    it('is the auditor’s alone', async () => {
      for (const role of ['STEERING_GROUP', 'DATA_PROTECTION_OFFICER', 'DASHBOARD']) {
        expect((await t.gql(role, DIGEST)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await t.gql(role, CHECK, { digest: digest.file })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('lists the timeline events at the positions a report line cites, and refuses what is not a position', async () => {
      const res = await t.gql('AUDITOR', CITED, { positions: [digest.position, '999999'] });
      expect(res.data.timeline.edges.map((e: any) => e.node)).toEqual([
        { position: digest.position, stream: 'forum-vast', type: 'ForumEstablished' },
      ]);
      expect((await t.gql('AUDITOR', CITED, { positions: [] })).data.timeline.edges).toEqual([]);
      const bad = await t.gql('AUDITOR', CITED, { positions: ['1; DROP'] });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
