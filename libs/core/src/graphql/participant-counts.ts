import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { fieldsOf, stacked } from './input-fields';

/** How many took part, by role, as an attendance list counts them (the ESF report's roles). */
export interface ParticipantCountFields {
  managers: number;
  hr: number;
  other: number;
}

/** The base of every object type that counts people by role: one meaning, one declaration. */
@ObjectType({ isAbstract: true })
export abstract class RoleCountsType implements ParticipantCountFields {
  @Field(() => Int) managers: number;
  @Field(() => Int) hr: number;
  @Field(() => Int) other: number;
}

/**
 * The base of every input that counts people by role, each count from 0 to `most` (0 if left out):
 * attendance at a forum meeting and participants of a project activity count the same roles.
 */
export function RoleCountsInput(most: number) {
  const count = stacked(
    Field(() => Int, { defaultValue: 0 }),
    IsInt(),
    Min(0),
    Max(most),
  );
  @InputType({ isAbstract: true })
  abstract class RoleCounts implements ParticipantCountFields {
    @count managers: number;
    @count hr: number;
    @count other: number;
  }
  return RoleCounts;
}

/** Counts by the reported roles, as the events hold them. */
export type CountsByRole = { MANAGER: number; HR: number; OTHER: number };

/** An attendance list's rows as the events hold them: whose counts each row gives (its `key`), and the counts by role. */
export function countedByRole<K extends string, R extends ParticipantCountFields & Record<K, string>>(
  rows: readonly R[],
  key: K,
): (Record<K, string> & { participants: CountsByRole })[] {
  return rows.map((row) => ({
    ...(fieldsOf(row, key) as Record<K, string>),
    participants: { MANAGER: row.managers, HR: row.hr, OTHER: row.other },
  }));
}

/**
 * Who came, as a request holds it (a forum meeting's attendance, a project activity's participants):
 * each organisation row counted by role under its `key`, and each named person's `fields` as given.
 * The names stay in the request; its endpoint hands them to the person directory after the append.
 */
export function attendanceOf<
  K extends string,
  R extends ParticipantCountFields & Record<K, string>,
  P extends object,
  F extends keyof P,
>(rows: readonly R[], key: K, people: readonly P[], fields: readonly F[]) {
  return { counted: countedByRole(rows, key), named: people.map((person) => fieldsOf(person, ...fields)) };
}
