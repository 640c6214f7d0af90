import { getMetadataStorage, validateSync } from 'class-validator';

/**
 * The limits an input class declares with class-validator (lengths, bounds, array sizes), read from
 * its metadata, so that every limit of every GraphQL input is tested from both sides without a list
 * that falls behind when a field is added.
 */
export interface InputLimit {
  input: string;
  field: string;
  /** class-validator's name for the constraint, which is also the key of its error. */
  constraint: 'maxLength' | 'minLength' | 'isLength' | 'min' | 'max' | 'arrayMaxSize' | 'arrayMinSize';
  /** The figure the input declares: a length, a bound or a number of items. */
  bound: number;
  edge: unknown;
  past: unknown;
}

type InputClass = new () => object;

const text = (length: number) => 'a'.repeat(length);
const items = (count: number) => Array.from({ length: count }, () => 'a');

/** Every declared limit of the input classes a module exports, with a value at its edge and one just past it. */
export function inputLimitsOf(moduleExports: Record<string, unknown>): InputLimit[] {
  const storage = getMetadataStorage();
  return Object.values(moduleExports)
    .filter((value): value is InputClass => typeof value === 'function')
    .flatMap((input) => {
      // Its own fields and those it inherits: a limit declared once on a shared base binds every input built on it.
      const metadata = storage.getTargetValidationMetadatas(input, '', true, false);
      const integers = new Set(metadata.filter((m) => m.name === 'isInt').map((m) => m.propertyName));
      return metadata.flatMap((m): InputLimit[] => {
        const step = integers.has(m.propertyName) ? 1 : 0.1;
        const [a, b] = (m.constraints ?? []) as number[];
        const pairs: [InputLimit['constraint'], number, unknown, unknown][] = [];
        if (m.name === 'maxLength') pairs.push(['maxLength', a, text(a), text(a + 1)]);
        if (m.name === 'minLength' && a > 0) pairs.push(['minLength', a, text(a), text(a - 1)]);
        if (m.name === 'isLength') {
          pairs.push(['isLength', b, text(b), text(b + 1)]);
          if (a > 0) pairs.push(['isLength', a, text(a), text(a - 1)]);
        }
        if (m.name === 'min') pairs.push(['min', a, a, round(a - step)]);
        if (m.name === 'max') pairs.push(['max', a, a, round(a + step)]);
        if (m.name === 'arrayMaxSize') pairs.push(['arrayMaxSize', a, items(a), items(a + 1)]);
        if (m.name === 'arrayMinSize' && a > 0) pairs.push(['arrayMinSize', a, items(a), items(a - 1)]);
        return pairs.map(([constraint, bound, edge, past]) => ({
          input: input.name,
          field: m.propertyName,
          constraint,
          bound,
          edge: m.each ? [edge] : edge,
          past: m.each ? [past] : past,
        }));
      });
    });
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Whether `value` in `field` breaks `constraint`, whatever the other constraints and fields say. */
export function breaks(input: InputClass, field: string, value: unknown, constraint: string): boolean {
  const errors = validateSync(Object.assign(new input(), { [field]: value }));
  const error = errors.find((e) => e.property === field);
  return Boolean(error?.constraints && constraint in error.constraints);
}

export const nameOf = (limit: InputLimit) => `${limit.input}.${limit.field} ${limit.constraint} ${limit.bound}`;

/**
 * A describe per declared limit, with a test for each side of it. The tests follow the figures;
 * the snapshot pins them, so a changed limit is a reviewed change and not a silent one.
 */
export function describeInputEdges(moduleExports: Record<string, unknown>): void {
  const limits = inputLimitsOf(moduleExports);
  const classes = new Map(
    Object.values(moduleExports)
      .filter((v): v is InputClass => typeof v === 'function')
      .map((c) => [c.name, c]),
  );

  it('declares the limits it declared when they were last reviewed', () => {
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.map(nameOf)).toMatchSnapshot();
  });

  describe.each(limits.map((limit) => [nameOf(limit), limit] as const))(
    '%s',
    (_name, { input, field, constraint, edge, past }) => {
      const cls = classes.get(input) as InputClass;
      it('accepts the edge', () => expect(breaks(cls, field, edge, constraint)).toBe(false));
      it('refuses just past it', () => expect(breaks(cls, field, past, constraint)).toBe(true));
    },
  );
}
