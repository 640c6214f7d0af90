import { defineRules } from './rules';

/**
 * Codes the core's shared rules and the command pipeline throw. They mean the same in every module,
 * so a module that breaks one of these rules itself throws it from here, never from its own list.
 */
export const CORE_RULES = defineRules('core', {
  COMMAND_ID_REUSED: 'The commandId was already used for a different command; a retry must repeat the same command.',
  COMMAND_TOO_LARGE:
    "A command's events carry more data than one append may hold (1 MiB, EventStoreDB's limit); nothing was stored.",
  CORRECTED_EVENT_NOT_FOUND: 'A correction cites an event that is not in the stream of the entity it corrects.',
  DATE_IN_FUTURE: 'A date or time lies after today in Stockholm: a fact cannot be recorded before it happened.',
  INVALID_CHOICE: 'A field holds a value outside its closed list of codes.',
  INVALID_DATE: 'A date is not a real calendar date written YYYY-MM-DD (or, where a time is asked for, an ISO time).',
  INVALID_ID: 'An id is blank or has surrounding spaces; ids name streams and are matched exactly.',
  INVALID_ORGANISATION_NUMBER:
    'An organisation number is not ten digits NNNNNN-NNNN with a valid check digit for a legal person.',
  INVALID_TEXT: 'A text field is blank, holds no letters or digits where it must, or is longer than its limit.',
  INVALID_YEAR: 'A year is not a whole year between 2000 and 2100.',
  OCCURRED_BEFORE_ENTITY: 'The fact is dated before the entity it belongs to existed.',
  PERSONAL_IDENTITY_NUMBER_IN_TEXT:
    'Text would carry a personal identity number into the audit trail, which cannot erase it.',
  REASON_REQUIRED: 'A decision or a correction needs a reason, and none (or a blank one) was given.',
  STREAM_DELETED:
    "The entity's stream was deleted for good in the event store (an operator's tombstone): it can be neither read nor changed.",
});
