import type { OpenForm } from '../../forms/open-forms';
import type { Plan } from './PlanDocumentView';
import { PLAN_RULES } from './texts';

/**
 * What every plan command's form shares: the plan's revision as shown, the plan's rule messages,
 * closing when done or cancelled, and a reload after a conflict.
 */
export function planFormProps(plan: Plan, forms: OpenForm) {
  return {
    expectedRevision: plan.revision,
    rules: PLAN_RULES,
    onDone: () => forms.toggle(null),
    onCancel: () => forms.toggle(null),
    onReload: forms.reload,
  };
}
