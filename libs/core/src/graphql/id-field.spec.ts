import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { IdField } from './id-field';

class HoldInput {
  @IdField() meetingId: unknown;
  @IdField('The meeting it was agreed at.') agreedAt: unknown;
}

const errors = (value: object) =>
  validateSync(Object.assign(new HoldInput(), { meetingId: 'mtg-1', agreedAt: 'mtg-0', ...value })).map((e) => [
    e.property,
    Object.keys(e.constraints ?? {}).sort(),
  ]);

describe('IdField', () => {
  it('takes an id of up to 100 characters, blank included: what it names is for the endpoint to answer', () => {
    expect(errors({})).toEqual([]);
    expect(errors({ meetingId: 'x'.repeat(100), agreedAt: '' })).toEqual([]);
  });

  it('refuses an id past 100 characters, or one that is not text, naming the field', () => {
    expect(errors({ meetingId: 'x'.repeat(101), agreedAt: 7 })).toEqual([
      ['meetingId', ['maxLength']],
      ['agreedAt', ['isString', 'maxLength']],
    ]);
  });
});
