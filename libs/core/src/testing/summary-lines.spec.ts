import { DomainEvent } from '../domain/decider';
import { expectOneLineSummaries } from './summary-lines';

type Noted = DomainEvent<'Noted', { line: string }>;
const noted = (line: string): Noted => ({ type: 'Noted', data: { line } });
const asWritten = (event: Noted) => event.data.line;

describe('expectOneLineSummaries', () => {
  it('passes one capitalised line that hides the free text', () => {
    expectOneLineSummaries([noted('Möte hållet 2025-05-14')], asWritten, ['hemlig anteckning']);
  });

  it.each([
    ['a lower-case start', 'möte hållet'],
    ['a line break', 'Möte\nhållet'],
    ['a missing value', 'Möte hållet undefined'],
    ['a person id', 'Möte hållet av person-7'],
    ['the hidden text', 'Möte: hemlig anteckning'],
  ])('fails on %s', (_case, line) => {
    expect(() => expectOneLineSummaries([noted(line)], asWritten, ['hemlig anteckning'])).toThrow();
  });
});
