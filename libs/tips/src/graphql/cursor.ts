import { decodeCursor, InputValidationError } from '@samverkan/core';

/** Lists run newest first: the cursor is the position of the last row seen. */
export function beforeCursor(after: string | undefined): number | null {
  if (!after) return null;
  const position = Number(decodeCursor(after));
  if (!Number.isSafeInteger(position))
    throw new InputValidationError([{ field: 'after', messages: ['is not a cursor of this list'] }]);
  return position;
}
