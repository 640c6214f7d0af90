import { SetMetadata } from '@nestjs/common';

export const CONTENT_OF_KEY = 'samverkan:content-of';

/**
 * Marks a module's read query as showing the content of these stream categories (`tip` for
 * `tip-…`). Its @Roles then say who may read that content anywhere, the audit views included:
 * `ContentAccess` derives the audit views' rule from these marks, so the two cannot drift.
 */
export const ContentOf = (...categories: string[]) => SetMetadata(CONTENT_OF_KEY, categories);
