import type { Parsed } from '../parsed';

/** A kernel parser of an identifier's text (organisation number, SNI code). */
type Parse = (input: string) => Parsed<string>;

/** The problem the parser finds with the input; the test fails where it finds none. */
export function problemOf(parse: Parse, input: string): string {
  const parsed = parse(input);
  if (parsed.ok) throw new Error(`expected a problem for ${input}`);
  return parsed.problem;
}

/** One test per row: the input, when parsed, is accepted as the value in the normal form. */
export function itParses(parse: Parse, rows: readonly (readonly [input: string, value: string])[]): void {
  it.each(rows)('given %j, when parsed, then it is normalised to %s', (input, value) => {
    expect(parse(input)).toEqual({ ok: true, value });
  });
}

/** One test per input: when parsed, it is refused with the problem; `which` says what is wrong with it. */
export function itRefuses(parse: Parse, problem: string, which: string, inputs: readonly string[]): void {
  it.each(inputs)(`given %j, ${which}, when parsed, then it is refused: ${problem}`, (input) => {
    expect(problemOf(parse, input)).toBe(problem);
  });
}
