import Database from 'better-sqlite3';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, PERSONAL_IDENTITY_NUMBER_MESSAGE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { accessMatrix } from '../../apps/api/src/security/access-matrix';
import { mutationText, mutationVariables, stringInputs } from '../support/schema-inputs';
import { useTestApp } from '../support/test-app';

/** One person's number (811218-9876), typed as people and word processors type it. */
const TYPED_PINS = [
  '811218-9876',
  '19811218-9876',
  '8112189876',
  '811218–9876',
  '811218 98 76',
  '８１１２１８－９８７６',
  '٨١١٢١٨-٩٨٧٦',
  '8112\u200B18-9876',
  '81\u00AD1218\u20609876',
  '\u200F811218\u200E-9876',
  '811218.9876',
  '811218/9876',
  '811218_9876',
  'Den anställda 811218+9876 har ingen plan',
  'Samordningsnummer 811278-9873',
];

type Answer = {
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; messages: string[] }[] } }[];
};

describe('Personal identity numbers in any string input of any mutation', () => {
  const t = useTestApp();
  let store: EventStore;
  beforeAll(async () => {
    store = t.app.get<EventStore>(EVENT_STORE);
  });

  const send = async (role: string, query: string, variables: unknown): Promise<Answer> =>
    (
      await request(t.app.getHttpServer())
        .post('/graphql')
        .set('authorization', `Bearer ${t.tokens[role]}`)
        .send({ query, variables })
    ).body;
  const directorySize = () => {
    const db = new Database(join(t.dataDir, 'personal-data.sqlite'), { readonly: true });
    try {
      return (
        db.prepare('SELECT (SELECT COUNT(*) FROM persons) + (SELECT COUNT(*) FROM person_keys) AS n').get() as {
          n: number;
        }
      ).n;
    } finally {
      db.close();
    }
  };
  /** The field errors that say "personal identity number", by field. */
  const pinFields = (answer: Answer) =>
    (answer.errors ?? [])
      .flatMap((e) => e.extensions?.fields ?? [])
      .filter((f) => f.messages.some((m) => m.includes(PERSONAL_IDENTITY_NUMBER_MESSAGE)));

  it('refuses every one with BAD_USER_INPUT naming that field, appending nothing and writing no name', async () => {
    const mutations = Object.values(t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
    const roles = new Map(accessMatrix(t.app).map((o) => [o.name, o.roles[0]]));
    // Valid-looking inputs first: whatever they register (signed-in actors, named guests) is registered before counting.
    for (const field of mutations) {
      const baseline = await send(roles.get(field.name)!, mutationText(field), mutationVariables(field));
      expect({ mutation: field.name, refused: pinFields(baseline) }).toEqual({ mutation: field.name, refused: [] });
    }
    const head = await store.headPosition();
    const names = directorySize();
    const problems: string[] = [];
    let checked = 0;
    for (const field of mutations) {
      for (const input of stringInputs(field)) {
        const pin = TYPED_PINS[checked++ % TYPED_PINS.length];
        const answer = await send(
          roles.get(field.name)!,
          mutationText(field),
          mutationVariables(field, input.path, pin),
        );
        // Inside an input object the pipe names the path below the argument; a plain string argument by its name.
        const path = input.path.length === 1 ? input.path[0] : input.path.slice(1).join('.');
        const code = answer.errors?.[0]?.extensions?.code;
        const named =
          input.scalar === 'DateTime'
            ? // A DateTime is parsed into a date before the pipe sees it: text cannot pass, and the date's own check names the field.
              (answer.errors ?? []).flatMap((e) => e.extensions?.fields ?? []).some((f) => f.field === path)
            : pinFields(answer).some((f) => f.field === path);
        if (code !== 'BAD_USER_INPUT' || !named)
          problems.push(`${field.name} ${path} (${JSON.stringify(pin)}): ${JSON.stringify(answer).slice(0, 300)}`);
        if (JSON.stringify(answer).includes('9876'))
          problems.push(`${field.name} ${path}: the answer repeats the number`);
      }
    }
    expect(problems).toEqual([]);
    // Guards the enumeration itself: the schema has well over a hundred string inputs.
    expect(checked).toBeGreaterThan(200);
    expect(await store.headPosition()).toBe(head);
    expect(directorySize()).toBe(names);
  }, 180_000);

  it('refuses one written into the operation text instead of the variables', async () => {
    const answer = await send(
      'DATA_PROTECTION_OFFICER',
      'mutation { erasePerson(input: { personId: "person-1", reason: "Gäller 8112\\u200B18 — 9876" }) { stream } }',
      {},
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(pinFields(answer).map((f) => f.field)).toEqual(['reason']);
  });

  it('refuses one in a query argument too', async () => {
    const answer = await send('AUDITOR', 'query($text: String!) { findPeople(text: $text) { id } }', {
      text: 'Anna 811218-9876',
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(pinFields(answer).map((f) => f.field)).toEqual(['text']);
  });

  it('keeps a correlation id shaped like one out of the trail', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${t.tokens.STEERING_GROUP}`)
      .set('x-correlation-id', '8112189876')
      .send({
        query: 'mutation($input: EstablishForumInput!) { establishForum(input: $input) { stream } }',
        variables: { input: {} },
      });
    expect(res.headers['x-correlation-id']).not.toBe('8112189876');
    expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
