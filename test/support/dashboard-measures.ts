import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import type { SmallCount } from '@samverkan/core';
import type { AreaCoverageType } from '../../libs/dialogue/src/graphql/dialogue.types';
import type { FunnelFiguresType } from '../../libs/tips/src/graphql/tips.types';

/** The names of the fields of T that are small-number cells. */
type SmallCountsOf<T> = { [K in keyof T]: T[K] extends SmallCount ? K : never }[keyof T] & string;

const published = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));

/**
 * The measures of a dashboard type as the published schema has them: every SmallCount field, so a
 * measure added to the schema is attacked and explained without a test naming it.
 */
function smallCountsOf<T>(typeName: string): readonly SmallCountsOf<T>[] {
  const type = published.getType(typeName);
  if (!isObjectType(type)) throw new Error(`schema.gql has no object type ${typeName}`);
  const fields = Object.values(type.getFields()).filter((field) => getNamedType(field.type).name === 'SmallCount');
  if (fields.length === 0) throw new Error(`${typeName} in schema.gql has no SmallCount field`);
  return fields.map((field) => field.name as SmallCountsOf<T>);
}

/** The tip funnel's counted measures, as the dashboard publishes them (the no-action reasons aside). */
export const FUNNEL_COUNTS = smallCountsOf<FunnelFiguresType>('FunnelFigures');

/** The dialogue coverage's measures of an area. */
export const COVERAGE_MEASURES = smallCountsOf<AreaCoverageType>('AreaCoverageType');
