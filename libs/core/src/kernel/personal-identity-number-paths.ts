import { containsPersonalIdentityNumber } from './personal-identity-number';

const MAX_DEPTH = 64;

/**
 * The dotted path (`decision.decidedBy.0.name`) of every string anywhere in a value, nested
 * objects and lists included, that holds a personal identity number. It looks at every string,
 * not at declared fields, so a field added later is checked without anyone remembering to.
 * `ignore` names strings a machine wrote (a store position), never text a person typed.
 */
export function personalIdentityNumberPaths(
  value: unknown,
  path = '',
  ignore?: (key: string, text: string) => boolean,
): string[] {
  const found: string[] = [];
  const seen = new WeakSet<object>();
  const walk = (node: unknown, at: string, key: string, depth: number): void => {
    if (typeof node === 'string') {
      if (!ignore?.(key, node) && containsPersonalIdentityNumber(node)) found.push(at);
      return;
    }
    if (node === null || typeof node !== 'object' || node instanceof Date || seen.has(node) || depth > MAX_DEPTH)
      return;
    seen.add(node);
    for (const [childKey, child] of Object.entries(node))
      walk(child, at ? `${at}.${childKey}` : childKey, childKey, depth + 1);
  };
  walk(value, path, '', 0);
  return found;
}
