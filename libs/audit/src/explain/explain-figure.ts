import { EventCatalog, ExplainerRegistry, FigureCell, InputValidationError } from '@samverkan/core';
import type { EventStore, RecordedEvent } from '@samverkan/event-store';

/**
 * The events behind one cell of a dashboard figure, one per counted item, in store order. An item
 * whose event cannot be found is an error, not a silent gap: the list must add up to the figure.
 */
export async function explainFigure(
  deps: { store: EventStore; catalog: EventCatalog; explainers: ExplainerRegistry },
  figure: string,
  cell: FigureCell,
): Promise<RecordedEvent[]> {
  const explainer = deps.explainers.get(figure);
  if (!explainer) {
    throw new InputValidationError([
      { field: 'figure', messages: [`figure must be one of ${deps.explainers.figures().join(', ')}`] },
    ]);
  }
  if (!explainer.measures.includes(cell.measure)) {
    throw new InputValidationError([
      { field: 'cell.measure', messages: [`measure must be one of ${explainer.measures.join(', ')}`] },
    ]);
  }
  const streams = new Map<string, RecordedEvent[]>();
  const found: RecordedEvent[] = [];
  for (const evidence of await explainer.evidence(cell)) {
    const events = streams.get(evidence.stream) ?? (await deps.store.readStream(evidence.stream));
    streams.set(evidence.stream, events);
    const candidates = events.filter(
      (e) =>
        (!evidence.type || e.type === evidence.type) &&
        (!evidence.select || evidence.select(deps.catalog.currentData(e))),
    );
    const event = evidence.last ? candidates.at(-1) : candidates[0];
    if (!event) throw new Error(`No ${evidence.type ?? 'event'} in ${evidence.stream} explains a count of ${figure}`);
    found.push(event);
  }
  return found.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
}
