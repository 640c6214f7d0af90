import { AUDIT_RULES } from '@samverkan/audit';
import { ACCESS_RULES } from '@samverkan/auth';
import { CORE_RULES, RuleList } from '@samverkan/core';
import { DIALOGUE_RULES } from '@samverkan/dialogue';
import { FORUMS_RULES } from '@samverkan/forums';
import { KNOWLEDGE_RULES } from '@samverkan/knowledge';
import { MOMENTUM_RULES } from '@samverkan/momentum';
import { OVERSIGHT_RULES } from '@samverkan/oversight';
import { PLAN_RULES } from '@samverkan/plan';
import { SUPERVISION_RULES } from '@samverkan/supervision';
import { TIPS_RULES } from '@samverkan/tips';

/**
 * Every module's rule list, the core's shared rules first: the source of docs/ERRORS.md.
 * test/rule-codes.spec.ts fails when a lib throws a rule code and its list is missing here.
 */
export const RULE_LISTS: readonly RuleList[] = [
  CORE_RULES,
  ACCESS_RULES,
  AUDIT_RULES,
  DIALOGUE_RULES,
  FORUMS_RULES,
  KNOWLEDGE_RULES,
  MOMENTUM_RULES,
  OVERSIGHT_RULES,
  PLAN_RULES,
  SUPERVISION_RULES,
  TIPS_RULES,
];
