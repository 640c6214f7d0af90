import { RecordedEvent, categoryOf } from '@samverkan/event-store';
import { EventDefinition, Evolver, ModuleEvents } from '../domain/event-catalog';
import { ActivityReporter } from '../domain/esf-activities';
import { EventMetadata } from '../envelope/envelope';
import { HANDLING_TIME, instantOf, valueAt, WorldTimeSource } from '../domain/world-time';
import { stockholmDate } from '../domain/calendar';

/** When a stored event's fact happened in the world, and where that was read. */
export interface RecordedWorldTime {
  /** ISO instant. */
  at: string;
  /** The Stockholm date of `at`. */
  date: string;
  /** The command field or entity fact it came from, or `handling`. */
  from: string;
  /** True when read from the data of an event written before the envelope kept the world's time. */
  derived: boolean;
}

/**
 * Every module registers its event types here: the pipeline reads their kind and schema version,
 * readers upcast stored data through it, the timeline summarises with it.
 */
export class EventCatalog {
  private readonly byType = new Map<string, EventDefinition & { module: string }>();
  private readonly moduleByCategory = new Map<string, string>();
  private readonly evolverByCategory = new Map<string, Evolver>();
  private readonly reporters = new Map<string, ActivityReporter>();
  private readonly deciding = new Set<string>();
  private readonly worldTimeByCommand = new Map<string, WorldTimeSource>();

  register(events: ModuleEvents): void {
    for (const category of events.categories) this.moduleByCategory.set(category, events.module);
    for (const [category, evolver] of Object.entries(events.evolvers ?? {})) {
      this.evolverByCategory.set(category, evolver);
      for (const [command, source] of Object.entries(evolver.worldTimes ?? {})) {
        this.worldTimeByCommand.set(command, source as WorldTimeSource);
      }
    }
    if (events.esfActivities) this.reporters.set(events.module, events.esfActivities);
    if (events.esfActivities || events.esfDecisions) this.deciding.add(events.module);
    for (const [type, definition] of Object.entries(events.definitions)) {
      const known = this.byType.get(type);
      if (known && known.module !== events.module) {
        throw new Error(`Event type ${type} is registered by both ${known.module} and ${events.module}`);
      }
      this.byType.set(type, { ...definition, module: events.module });
    }
  }

  definitionOf(type: string): EventDefinition & { module: string } {
    const definition = this.byType.get(type);
    if (!definition) throw new Error(`Unknown event type ${type}: register its module's events`);
    return definition;
  }

  isKnown(type: string): boolean {
    return this.byType.has(type);
  }

  moduleOf(stream: string): string {
    const category = categoryOf(stream);
    return this.moduleByCategory.get(category) ?? category;
  }

  /** The module's own fold for a stream's category, or undefined when none was registered. */
  evolverOf(stream: string): Evolver | undefined {
    return this.evolverByCategory.get(categoryOf(stream));
  }

  /** The modules that report ESF activities, with their reporters. */
  esfReporters(): Array<{ module: string; reporter: ActivityReporter }> {
    return [...this.reporters].map(([module, reporter]) => ({ module, reporter }));
  }

  /** The modules whose decisions the ESF report lists: those with activities, and those that opt in. */
  esfDecisionModules(): string[] {
    return [...this.deciding];
  }

  /** Every registered category, with its module. */
  categories(): Array<{ category: string; module: string }> {
    return [...this.moduleByCategory].map(([category, module]) => ({ category, module }));
  }

  categoriesOf(module: string): string[] {
    return [...this.moduleByCategory].filter(([, m]) => m === module).map(([c]) => c);
  }

  /** Stored data in the current shape: stored events never change, readers upcast. */
  currentData(event: RecordedEvent): unknown {
    const definition = this.byType.get(event.type);
    const stored = (event.metadata as Partial<EventMetadata>).schemaVersion ?? 1;
    if (!definition?.upcast || stored === definition.schemaVersion) return event.data;
    return definition.upcast(event.data, stored);
  }

  /**
   * The event in its current shape: its data upcast, and its envelope's `schemaVersion` the
   * definition's, so reading the copy through the catalog again (`occurredAt`, `summarize`,
   * `currentData`) upcasts nothing twice. The stored event never changes.
   */
  inCurrentShape(event: RecordedEvent): RecordedEvent {
    const data = this.currentData(event);
    if (data === event.data) return event;
    const { schemaVersion } = this.byType.get(event.type)!;
    return { ...event, data, metadata: { ...(event.metadata as object), schemaVersion } };
  }

  /**
   * When the event's fact happened in the world. Events written since the envelope keeps it say so
   * themselves (`occurredFrom`). Older ones kept only the handling time; where their command
   * declares a world time that the event's data holds (a `heldOn`, a decision's `decidedAt`), that
   * is read instead, marked as derived. The stored event never changes.
   */
  occurredAt(event: RecordedEvent): RecordedWorldTime {
    const metadata = event.metadata as Partial<EventMetadata>;
    const handledAt = metadata.occurredAt ?? event.recordedAt.toISOString();
    if (metadata.occurredFrom) return reading(handledAt, metadata.occurredFrom, false);
    const source = metadata.commandType ? this.worldTimeByCommand.get(metadata.commandType) : undefined;
    const path =
      source?.kind === 'stated'
        ? (source.recordedAs ?? source.field)
        : source?.kind === 'entity'
          ? source.recordedAs
          : undefined;
    const stated = path ? instantOf(valueAt(this.currentData(event), path)) : null;
    // A fact cannot have happened after it was handled; such data is not a world time.
    if (path && stated && stated.getTime() <= new Date(handledAt).getTime())
      return reading(stated.toISOString(), path, true);
    return reading(handledAt, HANDLING_TIME, false);
  }

  /** The world-time source each registered command declares, by command type. */
  worldTimeSources(): ReadonlyMap<string, WorldTimeSource> {
    return this.worldTimeByCommand;
  }

  summarize(event: RecordedEvent): string {
    const definition = this.byType.get(event.type);
    return definition ? definition.summary(this.currentData(event)) : event.type;
  }
}

/** The last instant read: the events of one command, stored one after another, share their time. */
let last: { text: string; at: string; date: string } = { text: '', at: '', date: '' };

function reading(text: string, from: string, derived: boolean): RecordedWorldTime {
  if (text !== last.text) {
    const instant = new Date(text);
    const valid = !Number.isNaN(instant.getTime());
    last = { text, at: valid ? instant.toISOString() : text, date: valid ? stockholmDate(instant) : '' };
  }
  return { at: last.at, date: last.date, from, derived };
}
