import { entityFormProps } from '../../forms/form-props';
import { PLAN_RULES } from './texts';

/** What every plan command's form shares (the kit's `entityFormProps`), with the plan's rule messages. */
export const planFormProps = entityFormProps(PLAN_RULES);
