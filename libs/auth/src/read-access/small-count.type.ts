import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SmallCount } from '@samverkan/core';
import { AGGREGATE_AUDIENCE, Audience } from './restricted-field';

/**
 * The one shape of a count that small-number suppression may touch, in every dashboard query: a
 * bare nullable number could not tell "fewer than 5" from "hidden beside one" or "not reported",
 * so the cell says which, and a client shows `display` without knowing the rules. It lives with
 * the read access because what it hides depends on the caller's role (DASHBOARD).
 */
@Audience(...AGGREGATE_AUDIENCE)
@ObjectType('SmallCount', {
  description:
    'A count. For the DASHBOARD role, 1 to 4 in a cell that could point at one employer or person is suppressed, and so is a cell from which a suppressed one could be worked out.',
})
export class SmallCountType implements SmallCount {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' }) value: number | null;
  @Field() suppressed: boolean;
  @Field({
    description:
      '"12"; "färre än 5" when suppressed; "dold" when hidden so that a suppressed cell cannot be worked out; "ej redovisad" when not reported.',
  })
  display: string;
}
