import { Field, Int, ObjectType } from '@nestjs/graphql';
import { fieldsOf } from './input-fields';

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
