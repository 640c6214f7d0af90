import { Type as Class } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { CommandResult } from '../pipeline/handle-command';

@InputType({ description: 'Marks a command as a correction of an earlier event of the same entity.' })
export class CorrectionInput {
  @Field({ description: 'Id of the event being corrected (see timeline eventId).' })
  @IsUUID()
  corrects: string;

  @Field({ description: 'Why the earlier event was wrong. Shown in the timeline next to both events.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}

/** What every mutation input may carry besides its own fields. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field({
    nullable: true,
    description: 'Idempotency key: a retry with the same id returns the first result and appends nothing.',
  })
  @IsOptional()
  @IsUUID()
  commandId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Optimistic concurrency: the revision you last saw (-1: must not exist yet).',
  })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;

  @Field(() => CorrectionInput, {
    nullable: true,
    description: 'Set when this command corrects an earlier event; the earlier event stays, linked.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CorrectionInput)
  correction?: CorrectionInput;
}

/** What every mutation payload tells besides the entity. */
@ObjectType({ isAbstract: true })
export abstract class CommandPayload {
  @Field() stream: string;
  @Field(() => Int, { description: 'The entity revision after the command.' }) revision: number;
  @Field(() => String, { nullable: true, description: 'Position in the store of the last event written.' }) position:
    string | null;
  @Field({ description: 'True when the commandId had been handled before: nothing new was written.' })
  replayed: boolean;
  @Field() commandId: string;
}

/** A mutation's payload: the write, and under `key` the entity as the read models have it after it. */
export type CommandPayloadOf<K extends string, T> = CommandPayload & Record<K, T>;

/**
 * The payload type named `name` of the mutations that change one kind of entity `T`: every such
 * payload is the write and that entity, so it is declared once here rather than as a class each.
 */
export function CommandPayloadType<K extends string, T>(
  name: string,
  key: K,
  entity: Class<T>,
): Class<CommandPayloadOf<K, T>> {
  @ObjectType(name)
  class Payload extends CommandPayload {}
  Field(() => entity)(Payload.prototype, key);
  entities.set(Payload, entity);
  return Payload as Class<CommandPayloadOf<K, T>>;
}

const entities = new WeakMap<object, Class<unknown>>();

/** The entity a payload of CommandPayloadType shows (a payload declared as a class of its own names none). */
export function entityOfPayload(payload: Class<unknown>): Class<unknown> | undefined {
  return entities.get(payload);
}

/** The payload fields of a sent request. */
export function sentPayload(sent: CommandResult & { commandId: string }): CommandPayload {
  return {
    stream: sent.stream,
    revision: sent.revision,
    position: sent.position?.toString() ?? null,
    replayed: sent.replayed,
    commandId: sent.commandId,
  };
}
