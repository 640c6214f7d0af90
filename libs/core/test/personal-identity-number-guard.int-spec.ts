import { randomUUID } from 'node:crypto';
import { Command, Decider, DomainEvent } from '../src/domain/decider';
import { CommandContext, handleCommand } from '../src/pipeline/handle-command';
import { EventCatalog } from '../src/catalog/event-catalog';
import { handled } from '../src/domain/world-time';
import { ModuleEvents } from '../src/domain/event-catalog';
import { openScratchWorkspace, ScratchWorkspace } from '../src/testing/scratch-workspace';

/** A decider that writes whatever a handler hands it: the pipeline must not trust handlers. */
type Note = { text: string; lines?: { text: string }[]; position?: string; hash?: string; seen?: string };
type Write = Command<'WriteNote', Note>;
type Written = DomainEvent<'NoteWritten', Note>;
const noteDecider: Decider<Write, Written, null> = {
  initialState: () => null,
  evolve: () => null,
  decide: (command) => [{ type: 'NoteWritten', data: command.data }],
  worldTimes: { WriteNote: handled },
};
const noteEvents: ModuleEvents = {
  module: 'notes',
  categories: ['note'],
  definitions: { NoteWritten: { kind: 'decision', schemaVersion: 1, summary: () => 'En anteckning skrevs' } },
};

const PIN = '811218-9876';
const now = new Date('2025-03-20T10:00:00Z');
const actor = { id: 'dev-auditor', organisation: 'FK', role: 'AUDITOR' };

describe('The command pipeline, before it appends', () => {
  let workspace: ScratchWorkspace;
  const catalog = new EventCatalog();
  catalog.register(noteEvents);
  const write = (data: Note, options: { reason?: string; context?: Partial<CommandContext> } = {}) =>
    handleCommand(
      workspace,
      'note-1',
      noteDecider,
      { type: 'WriteNote', data, metadata: { now }, reason: options.reason ?? 'Dnr 2025/1' },
      {
        actor,
        commandId: randomUUID(),
        correlationId: 'corr-1',
        ...options.context,
      },
    );
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: { code?: string; details?: { field?: string }; message: string }) => error,
    );

  beforeEach(() => (workspace = openScratchWorkspace(catalog)));
  afterEach(() => workspace.close());

  it.each([
    ["a handler's text", { text: `Gäller ${PIN}` }, {}, 'data.text'],
    [
      'a nested list',
      { text: 'Rad', lines: [{ text: 'ok' }, { text: 'Anställd ８１１２１８–９８７６' }] },
      {},
      'data.lines.1.text',
    ],
    ['the reason', { text: 'Rad' }, { reason: `Begäran 8112\u200B18 9876` }, 'metadata.reason'],
    [
      'the actor (a token subject)',
      { text: 'Rad' },
      { context: { actor: { ...actor, id: '19811218-9876' } } },
      'metadata.actor.id',
    ],
    ['the correlation id', { text: 'Rad' }, { context: { correlationId: '8112189876' } }, 'metadata.$correlationId'],
    // Only digits alone are a store position; text in a field of that name is text.
    ['a position that holds more than digits', { text: 'Rad', position: PIN }, {}, 'data.position'],
    ['a position with a word before it', { text: 'Rad', position: 'nr 8112189876' }, {}, 'data.position'],
  ])(
    'refuses a personal identity number in %s with a coded error naming where, and appends nothing',
    async (_where, data, options, field) => {
      const error = await refusal(write(data, options));
      expect(error).toMatchObject({ code: 'PERSONAL_IDENTITY_NUMBER_IN_TEXT', details: { field } });
      expect(error?.message).not.toContain('9876');
      expect(await workspace.store.readStream('note-1')).toHaveLength(0);
    },
  );

  it("refuses one in a correction's reason", async () => {
    await write({ text: 'Rad' });
    const [first] = await workspace.store.readStream('note-1');
    const error = await refusal(
      write({ text: 'Rättad rad' }, { context: { correction: { corrects: first.id, reason: `Fel person, ${PIN}` } } }),
    );
    expect(error).toMatchObject({
      code: 'PERSONAL_IDENTITY_NUMBER_IN_TEXT',
      details: { field: 'metadata.correction.reason' },
    });
    expect(await workspace.store.readStream('note-1')).toHaveLength(1);
  });

  it('appends what machines write and ordinary text: positions, hashes, ids, organisation numbers and dates', async () => {
    await write({
      text: 'Arbetsgivaren 556036-0793 besöktes 2025-03-14 13.00–14.00, ärende 2025/811',
      position: '8112189876',
      hash: '8112189876ab'.repeat(6),
      seen: `event ${randomUUID()} and 00000000-0000-4000-8000-198112189876`,
    });
    expect(await workspace.store.readStream('note-1')).toHaveLength(1);
  });
});
