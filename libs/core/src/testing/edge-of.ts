import { Command, DomainEvent } from '../domain/decider';
import { Edge, textOf } from './edges';

/** One row of an edge table: the rule, the value accepted at the edge, the value just past it, the code. */
export type EdgeRow<V extends unknown[]> = [rule: string, accepted: V, refused: V, code: string];

/**
 * Rows of an edge table where the accepted command gives one event built from the same value: a row
 * names only the rule, the value on each side and the code, so the event cannot drift from the command.
 * `given` is the history every row of this builder starts from.
 */
export function edgeOf<C extends Command, E extends DomainEvent, V extends unknown[]>(
  command: (...value: V) => C,
  event: (...value: V) => E,
  given?: E[],
): (...row: EdgeRow<V>) => Edge<C, E> {
  return (rule, accepted, refused, code) => ({
    rule,
    given,
    accepted: command(...accepted),
    then: [event(...accepted)],
    refused: command(...refused),
    code,
  });
}

/**
 * The edge of a text's length: `max` characters accepted, one more refused with INVALID_TEXT. `at`
 * places the text in the builder's value, so a row names only what the text is and its limit.
 */
export function textLimit<C extends Command, E extends DomainEvent, V extends unknown[]>(
  on: (...row: EdgeRow<V>) => Edge<C, E>,
  what: string,
  max: number,
  at: (text: string) => [...V],
): Edge<C, E> {
  return on(`${what} is at most ${max} characters`, at(textOf(max)), at(textOf(max + 1)), 'INVALID_TEXT');
}

export type TermDate = [term: 'VT' | 'HT', year: number, date: string];

/** The first and last day of each term of `year`, with its term: where a meeting by term may fall at the edges. */
export function termBounds(year: number): (readonly ['VT' | 'HT', string])[] {
  return [
    ['VT', `${year}-01-01`],
    ['VT', `${year}-06-30`],
    ['HT', `${year}-07-01`],
    ['HT', `${year}-12-31`],
  ];
}

/**
 * The edges of planning a meeting by term: VT runs from 1 January to 30 June, HT from 1 July to
 * 31 December, in the years 2000 to 2100. `meeting` names the meeting in the year rules.
 */
export function termEdgeRows(meeting: string, years: { VT: number; HT: number }): EdgeRow<TermDate>[] {
  const { VT: vt, HT: ht } = years;
  return [
    ['VT begins on 1 January', ['VT', vt, `${vt}-01-01`], ['VT', vt, `${vt - 1}-12-31`], 'MEETING_OUTSIDE_TERM'],
    ['VT ends on 30 June', ['VT', vt, `${vt}-06-30`], ['VT', vt, `${vt}-07-01`], 'MEETING_OUTSIDE_TERM'],
    ['HT begins on 1 July', ['HT', ht, `${ht}-07-01`], ['HT', ht, `${ht}-06-30`], 'MEETING_OUTSIDE_TERM'],
    ['HT ends on 31 December', ['HT', ht, `${ht}-12-31`], ['HT', ht, `${ht + 1}-01-01`], 'MEETING_OUTSIDE_TERM'],
    [
      `${meeting} is planned in the year 2000 at the earliest`,
      ['VT', 2000, '2000-01-01'],
      ['HT', 1999, '1999-12-31'],
      'INVALID_YEAR',
    ],
    [
      `${meeting} is planned in the year 2100 at the latest`,
      ['HT', 2100, '2100-12-31'],
      ['VT', 2101, '2101-01-01'],
      'INVALID_YEAR',
    ],
  ];
}
