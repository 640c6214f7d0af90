import { RecordedEvent, categoryOf } from '@samverkan/event-store';
import { EventDefinition, Evolver, ModuleEvents } from '../domain/event-catalog';
import { ActivityReporter } from '../domain/esf-activities';
import { EventMetadata } from '../envelope/envelope';

/**
 * Every module registers its event types here: the pipeline reads their kind and schema version,
 * readers upcast stored data through it, the timeline summarises with it.
 */
export class EventCatalog {
  private readonly byType = new Map<string, EventDefinition & { module: string }>();
  private readonly moduleByCategory = new Map<string, string>();
  private readonly evolverByCategory = new Map<string, Evolver>();
  private readonly reporters = new Map<string, ActivityReporter>();

  register(events: ModuleEvents): void {
    for (const category of events.categories) this.moduleByCategory.set(category, events.module);
    for (const [category, evolver] of Object.entries(events.evolvers ?? {})) this.evolverByCategory.set(category, evolver);
    if (events.esfActivities) this.reporters.set(events.module, events.esfActivities);
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

  summarize(event: RecordedEvent): string {
    const definition = this.byType.get(event.type);
    return definition ? definition.summary(this.currentData(event)) : event.type;
  }
}
