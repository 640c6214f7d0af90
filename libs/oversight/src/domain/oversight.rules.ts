import { defineRules } from '@samverkan/core/domain';

/** Every rule code the oversight module throws, with what it means; docs/ERRORS.md is generated from it. */
export const OVERSIGHT_RULES = defineRules('oversight', {
  MODULE_MISMATCH: 'An obligation names another module than the one its kind belongs to.',
});
