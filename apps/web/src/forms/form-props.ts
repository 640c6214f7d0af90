import type { OpenForm } from './open-forms';

/**
 * What every form on an entity's page shares: the revision the page showed (none for a command
 * that starts an entity), the module's rule messages, closing when done or cancelled, and a
 * reload after a conflict.
 */
export const entityFormProps = (rules: Record<string, string>) => (revision: number | undefined, forms: OpenForm) => ({
  ...(revision === undefined ? {} : { expectedRevision: revision }),
  rules,
  onDone: () => forms.toggle(null),
  onCancel: () => forms.toggle(null),
  onReload: forms.reload,
});
