import type { EventToAppend } from '@samverkan/event-store';
import { personalIdentityNumberPaths } from '../kernel/personal-identity-number-paths';
import { CORE_RULES } from '../errors/core.rules';

/** Store positions (digits only) are numbers the store handed out, never typed text. */
const isStorePosition = (key: string, text: string) => key === 'position' && /^\d+$/.test(text);

/**
 * The last line before the trail: no string of an event's data or metadata may hold a personal
 * identity number, whatever path the command took (GraphQL, the CLI, a process manager, a
 * handler's own text). The input pipe refuses typed text earlier, by field; this catches the rest.
 */
export function refusePersonalIdentityNumbers(events: readonly EventToAppend[]): void {
  for (const event of events) {
    const [field] = personalIdentityNumberPaths({ data: event.data, metadata: event.metadata }, '', isStorePosition);
    if (field !== undefined) {
      throw CORE_RULES.violation(
        'PERSONAL_IDENTITY_NUMBER_IN_TEXT',
        `${event.type} would carry a personal identity number in ${field}: the audit trail cannot erase it`,
        { eventType: event.type, field },
      );
    }
  }
}
