import type { FieldSpec } from '../CommandForm';

/**
 * Why a decision was taken: the required free text that every module's decision input names
 * `reason` (so the server's field errors land here).
 */
export const reasonField = (label: string, help?: string): FieldSpec => ({
  name: 'reason',
  label,
  ...(help ? { help } : {}),
  kind: 'textarea',
  required: true,
});
