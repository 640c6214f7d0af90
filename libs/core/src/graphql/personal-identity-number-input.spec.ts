import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { InputValidationError } from '../errors/input-validation-error';
import { inputValidationPipe } from './validation';

const PIN = '811218-9876';

class Member {
  @IsString() name: string;
}
class Decision {
  @IsString() reason: string;
  @ValidateNested({ each: true }) @Type(() => Member) members: Member[];
}
class SampleInput {
  @IsString() title: string;
  @IsOptional()
  @Matches(/^\d{6}-\d{4}$/, { message: 'organisationNumber must be NNNNNN-NNNN' })
  organisationNumber?: string;
  @IsOptional() @ValidateNested() @Type(() => Decision) decision?: Decision;
}

/** GraphQL hands resolvers arguments as objects without a prototype. */
const graphqlObject = <T extends object>(value: T): T => Object.assign(Object.create(null), value);
const ARGS = { type: 3, metatype: SampleInput, data: 'input' } as never;

async function fieldsOf(value: unknown, metadata = ARGS) {
  const error = await inputValidationPipe()
    .transform(value, metadata)
    .then(
      () => null,
      (e: unknown) => e,
    );
  if (error === null) return null;
  expect(error).toBeInstanceOf(InputValidationError);
  return (error as InputValidationError).fields;
}

describe('The input pipe and personal identity numbers', () => {
  it('refuses one in a top-level field, naming it, without repeating the value', async () => {
    const fields = await fieldsOf(graphqlObject({ title: `Anställd ${PIN}` }));
    expect(fields).toEqual([
      { field: 'title', messages: [expect.stringMatching(/^title must not contain a personal identity number/)] },
    ]);
    expect(JSON.stringify(fields)).not.toContain('9876');
  });

  it('refuses one nested in objects and lists, by its dotted path', async () => {
    const input = graphqlObject({
      title: 'Beslut',
      decision: graphqlObject({
        reason: 'Dnr 2025/1',
        members: [graphqlObject({ name: 'Anna' }), graphqlObject({ name: `Bo ８１１２１８－９８７６` })],
      }),
    });
    expect((await fieldsOf(input))?.map((f) => f.field)).toEqual(['decision.members.1.name']);
  });

  it("says both problems of a field its own validator also refuses, once per field, alongside other fields' errors", async () => {
    const fields = await fieldsOf(graphqlObject({ title: 42, organisationNumber: '19811218-9876' }));
    expect(fields?.map((f) => f.field).sort()).toEqual(['organisationNumber', 'title']);
    expect(fields?.find((f) => f.field === 'organisationNumber')?.messages).toEqual([
      'organisationNumber must be NNNNNN-NNNN',
      expect.stringMatching(/must not contain a personal identity number/),
    ]);
  });

  it('checks strings the input declares no field for before whitelisting would drop them', async () => {
    const fields = await fieldsOf(graphqlObject({ title: 'Beslut', smuggled: PIN }));
    expect(fields?.map((f) => f.field)).toEqual(['smuggled']);
    expect(fields?.[0].messages).toEqual(expect.arrayContaining([expect.stringMatching(/personal identity number/)]));
  });

  it('refuses one in a plain string argument, naming the argument', async () => {
    expect(await fieldsOf(PIN, { type: 3, metatype: String, data: 'text' } as never)).toEqual([
      { field: 'text', messages: [expect.stringMatching(/^text must not contain/)] },
    ]);
  });

  it('lets ordinary text, organisation numbers and dates through', async () => {
    const input = graphqlObject({ title: 'Möte 2025-03-14 13.00 med 556036-0793', organisationNumber: '556036-0793' });
    await expect(inputValidationPipe().transform(input, ARGS)).resolves.toMatchObject({ title: input.title });
  });

  it('leaves alone what the server itself passes to a resolver (actor, context)', async () => {
    await expect(
      inputValidationPipe().transform({ id: PIN }, { type: 'custom', data: undefined } as never),
    ).resolves.toEqual({ id: PIN });
  });
});
