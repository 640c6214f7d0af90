import 'reflect-metadata';
import { validateSync } from 'class-validator';
import {
  decisionFrom,
  decisionOf,
  fieldsOf,
  givenFieldsOf,
  IsListOf,
  IsNested,
  IsText,
  IsYearMonthDay,
  ListField,
  NestedField,
  NonEmptyListField,
  OptionalDayField,
  OptionalEnumField,
  OptionalStringField,
  requestFrom,
  requestOf,
} from './input-fields';
import { plainToInstance } from 'class-transformer';

class Note {
  @IsYearMonthDay() writtenOn: unknown;
  @IsText(5) text: unknown;
}

const messages = (fields: Partial<Note>) =>
  validateSync(Object.assign(new Note(), { writtenOn: '2025-01-31', text: 'ok', ...fields })).flatMap((e) =>
    Object.values(e.constraints ?? {}),
  );

describe('Input field decorators', () => {
  it('takes a day written YYYY-MM-DD and refuses any other shape', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ writtenOn: '31/01/2025' })).toEqual(['writtenOn must be a date, YYYY-MM-DD']);
  });

  it('takes text from one character up to its maximum', () => {
    expect(messages({ text: 'fem t' })).toEqual([]);
    expect(messages({ text: '' })).toEqual(['text must be longer than or equal to 1 characters']);
    expect(messages({ text: 'sex te' })).toEqual(['text must be shorter than or equal to 5 characters']);
    expect(messages({ text: 7 })).toEqual([
      'text must be shorter than or equal to 5 characters',
      'text must be longer than or equal to 1 characters',
      'text must be a string',
    ]);
  });
});

class Line {
  @IsText(5) text: unknown;
}

class Letter {
  @IsNested(() => Line) heading: unknown;
  @IsListOf(() => Line, 2) lines: unknown;
}

const letterMessages = (plain: object) =>
  validateSync(plainToInstance(Letter, plain)).map((e) => [
    e.property,
    Object.values(e.constraints ?? {}),
    e.children?.length ?? 0,
  ]);

describe('Nested input decorators', () => {
  const line = { text: 'rad' };

  it('validates a nested input and each of a list as their class', () => {
    expect(letterMessages({ heading: line, lines: [line, line] })).toEqual([]);
    expect(letterMessages({ heading: { text: '' }, lines: [line, { text: '' }] })).toEqual([
      ['heading', [], 1],
      ['lines', [], 1],
    ]);
  });

  it('refuses a list longer than its maximum', () => {
    expect(letterMessages({ heading: line, lines: [line, line, line] })).toEqual([
      ['lines', ['lines must contain no more than 2 elements'], 0],
    ]);
  });
});

describe('fieldsOf', () => {
  it('copies the named fields, and only those, absent ones as undefined', () => {
    const input = { meetingId: 'm-1', date: '2025-03-01', note: undefined as string | undefined, commandId: 'k' };
    expect(fieldsOf(input, 'meetingId', 'date', 'note')).toEqual({
      meetingId: 'm-1',
      date: '2025-03-01',
      note: undefined,
    });
    expect(Object.keys(fieldsOf(input, 'date'))).toEqual(['date']);
  });
});

describe('requestOf and decisionOf', () => {
  const input = { meetingId: 'm-1', date: '2025-03-01', reason: 'Krockar med budgetmötet', commandId: 'k' };

  it('builds a request of the named input fields, and a decision with the input’s reason besides', () => {
    expect(requestOf('Reschedule', input, 'meetingId', 'date')).toEqual({
      type: 'Reschedule',
      data: { meetingId: 'm-1', date: '2025-03-01' },
    });
    expect(decisionOf('Cancel', input, 'meetingId')).toEqual({
      type: 'Cancel',
      data: { meetingId: 'm-1' },
      reason: 'Krockar med budgetmötet',
    });
  });
});

describe('requestFrom and decisionFrom', () => {
  class Completion {
    actionId = '';
    doneOn = '';
    note?: string;
    reason?: string;
  }
  const given = (fields: Partial<Completion>) =>
    Object.assign(new Completion(), { actionId: 'a-1', doneOn: '2025-04-01', ...fields });

  it('name the input’s class, and map an input as requestOf and decisionOf would', () => {
    const request = requestFrom(Completion, 'Complete', 'actionId', 'doneOn');
    expect(request.input).toBe(Completion);
    expect(request.toRequest(given({ note: 'Klart' }))).toEqual(requestOf('Complete', given({}), 'actionId', 'doneOn'));
    const decision = decisionFrom(Completion, 'Drop', 'actionId');
    expect(decision.toRequest(given({ reason: 'Inte längre aktuell' }))).toEqual({
      type: 'Drop',
      data: { actionId: 'a-1' },
      reason: 'Inte längre aktuell',
    });
  });

  it('with given fields, add the optional ones the input gives and leave out those it does not', () => {
    const request = requestFrom(Completion, 'Complete', 'actionId', 'doneOn').withGiven('note');
    expect(request.input).toBe(Completion);
    expect(request.toRequest(given({ note: 'Klart' }))).toEqual({
      type: 'Complete',
      data: { actionId: 'a-1', doneOn: '2025-04-01', note: 'Klart' },
    });
    expect(request.toRequest(given({ note: '' })).data).toEqual({ actionId: 'a-1', doneOn: '2025-04-01' });
  });
});

describe('givenFieldsOf', () => {
  it('keeps the named fields the input gives and leaves out those missing, null or empty', () => {
    const input = { note: 'Klart', reason: '', ref: null as string | null, other: undefined as string | undefined };
    expect(givenFieldsOf(input, 'note', 'reason', 'ref', 'other')).toEqual({ note: 'Klart' });
    expect(Object.keys(givenFieldsOf({ ...input, reason: 'Ny dag' }, 'reason', 'ref'))).toEqual(['reason']);
  });
});

describe('OptionalEnumField', () => {
  const Status = { OPEN: 'OPEN', DONE: 'DONE' };
  class Filter {
    @OptionalEnumField(Status) status?: string;
    @OptionalEnumField(Status, ['OPEN']) openOnly?: string;
  }
  const errors = (value: object) =>
    validateSync(Object.assign(new Filter(), value)).map((e) => [e.property, Object.keys(e.constraints ?? {})]);

  it('lets the field be left out, takes the enum’s values, and refuses others or those it does not name', () => {
    expect(errors({})).toEqual([]);
    expect(errors({ status: 'DONE', openOnly: 'OPEN' })).toEqual([]);
    expect(errors({ status: 'LATE', openOnly: 'DONE' })).toEqual([
      ['status', ['isIn']],
      ['openOnly', ['isIn']],
    ]);
  });
});

class Errand {
  @OptionalDayField('When, if not today.') dueOn?: unknown;
  @OptionalStringField(5) note?: unknown;
  @ListField(() => Line, 2) lines: unknown;
  @NestedField(() => Line) heading: unknown;
  @NonEmptyListField(() => Line, 2) steps: unknown;
}

const errandMessages = (plain: object) =>
  validateSync(
    plainToInstance(Errand, { lines: [], heading: { text: 'rad' }, steps: [{ text: 'ett' }], ...plain }),
  ).map((e) => [e.property, Object.values(e.constraints ?? {}), e.children?.length ?? 0]);

describe('Optional day, optional text, nested and list fields', () => {
  it('let an optional day or text be left out, and take a day or text up to its maximum, empty included', () => {
    expect(errandMessages({})).toEqual([]);
    expect(errandMessages({ dueOn: '2025-01-31', note: '' })).toEqual([]);
    expect(errandMessages({ note: 'fem t' })).toEqual([]);
  });

  it('refuse a day of another shape and text past its maximum or not text at all', () => {
    expect(errandMessages({ dueOn: '31/01/2025', note: 'sex te' })).toEqual([
      ['dueOn', ['dueOn must be a date, YYYY-MM-DD'], 0],
      ['note', ['note must be shorter than or equal to 5 characters'], 0],
    ]);
    expect(errandMessages({ note: 7 })).toEqual([
      ['note', ['note must be shorter than or equal to 5 characters', 'note must be a string'], 0],
    ]);
  });

  it('validate a nested input and each item of a list as their class, and refuse a list past its maximum', () => {
    expect(errandMessages({ heading: { text: '' } })).toEqual([['heading', [], 1]]);
    expect(errandMessages({ lines: [{ text: 'rad' }, { text: '' }] })).toEqual([['lines', [], 1]]);
    expect(errandMessages({ lines: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] })).toEqual([
      ['lines', ['lines must contain no more than 2 elements'], 0],
    ]);
  });

  it('refuse an empty list where one item at least is needed, and validate its items as a list field does', () => {
    expect(errandMessages({ steps: [] })).toEqual([['steps', ['steps must contain at least 1 elements'], 0]]);
    expect(errandMessages({ steps: [{ text: 'ett' }, { text: '' }] })).toEqual([['steps', [], 1]]);
    expect(errandMessages({ steps: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] })).toEqual([
      ['steps', ['steps must contain no more than 2 elements'], 0],
    ]);
  });
});
