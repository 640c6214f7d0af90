import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * The base of an aggregate's object type: the entity's id, and the revision of its stream that the
 * read model shows (what a client sends back as `expectedRevision`).
 */
@ObjectType({ isAbstract: true })
export abstract class EntityType {
  @Field(() => ID) id: string;
  @Field(() => Int) revision: number;
}
