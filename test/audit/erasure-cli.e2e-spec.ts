import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { erasureDecider, erasureStream } from '@samverkan/audit';
import { CommandPipeline, PersonDirectory } from '@samverkan/core';
import { startTestApp } from '../support/test-app';
import { runCli } from '../support/ts-node';

const erase = (dataDir: string, ...args: string[]) => runCli(dataDir, ['erase', ...args]);

describe("Erasure that must finish: after a crash, and from the operator's shell", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-erase-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes at the next start an erasure whose decision was recorded but whose key survived', async () => {
    let t = await startTestApp({ dataDir });
    const persons = t.app.get(PersonDirectory);
    const id = await persons.register({ name: 'Sven Svepsson', organisation: 'AV' });
    // The decision lands, then the process dies before the key is deleted.
    await t.app.get(CommandPipeline).execute(
      erasureStream(id),
      erasureDecider,
      {
        type: 'ErasePerson',
        data: { personId: id, organisation: 'AV' },
        metadata: { now: new Date() },
        reason: 'Begäran, dnr 2026/90',
      },
      {
        actor: { id: 'dev-auditor', organisation: 'FK', role: 'AUDITOR' },
        commandId: 'b5d0c2f4-8f1e-4a57-9d7e-3c2b1a0f9e8d',
        correlationId: 'c',
      },
    );
    expect(persons.displayName(id)).toBe('Sven Svepsson');
    await t.close();
    t = await startTestApp({ dataDir });
    expect(t.app.get(PersonDirectory).displayName(id)).toBe('raderad');
    await t.close();
  }, 30_000);

  it('erases from the CLI as a recorded decision, and refuses a second erasure with its code', async () => {
    const t = await startTestApp({ dataDir });
    const id = await t.app.get(PersonDirectory).register({ name: 'Cilla Clisson', organisation: 'FK' });
    await t.close();
    const first = erase(dataDir, '--person', id, '--reason', 'Begäran om radering, dnr 2026/91');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Erased ${id}: the decision is personErasure-${id}`);
    const second = erase(dataDir, '--person', id, '--reason', 'igen');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('PERSON_ALREADY_ERASED');
    const after = await startTestApp({ dataDir });
    expect(after.app.get(PersonDirectory).find(id)).toMatchObject({
      name: null,
      organisation: 'FK',
      erasedAt: expect.any(String),
    });
    const trail = await after.gql(
      'AUDITOR',
      `{ entityHistory(stream: "personErasure-${id}", first: 5) { edges { node { kind reason actor { role organisation } } } } }`,
    );
    expect(trail.data.entityHistory.edges.map((e: any) => e.node)).toEqual([
      {
        kind: 'decision',
        reason: 'Begäran om radering, dnr 2026/91',
        actor: { role: 'DATA_PROTECTION_OFFICER', organisation: 'FK' },
      },
    ]);
    await after.close();
  }, 60_000);
});
