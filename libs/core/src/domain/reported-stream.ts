import { ReportedEvent, streamsOf } from './esf-activities';

type DataOf<E extends { type: string; data: unknown }, T extends E['type']> = Extract<E, { type: T }>['data'];

/**
 * One stream's reported events read as the module's own events `E`: the data of the first event
 * of a type, or of the last (a later recording replaces an earlier one), undefined when there is
 * none. Reporters read plan, holding and attendance this way instead of casting each find.
 */
export function reportedStream<E extends { type: string; data: unknown }>(events: readonly ReportedEvent[]) {
  const ofType = (type: E['type']) => events.filter((event) => event.type === type);
  return {
    first: <T extends E['type']>(type: T) => ofType(type)[0]?.data as DataOf<E, T> | undefined,
    last: <T extends E['type']>(type: T) => ofType(type).at(-1)?.data as DataOf<E, T> | undefined,
  };
}

/**
 * The streams of a category whose activity was planned and held, the rest left out: each with its
 * events, read as the module's own, the plan's data and the held event (its world date dates the
 * activity).
 */
export function heldActivitiesIn<E extends { type: string; data: unknown }, P extends E['type']>(
  streams: ReadonlyMap<string, readonly ReportedEvent[]>,
  types: { category: string; planned: P; held: E['type'] },
) {
  return streamsOf(streams, types.category).flatMap((events) => {
    const stream = reportedStream<E>(events);
    const planned = stream.first(types.planned);
    const held = events.find((e) => e.type === types.held);
    return planned && held ? [{ events, stream, planned, held }] : [];
  });
}
