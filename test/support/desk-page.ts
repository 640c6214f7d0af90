import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * What a desk's browser test does on its page, over and over: check it with axe, reach a form's
 * field by its name, send a form. `page` is read at each call (the page opens in `beforeAll`).
 */
export function deskPage(page: () => Page) {
  return {
    /** No serious or critical accessibility violation on the page as it is now. */
    accessible: async (what: string) => {
      const results = await new AxeBuilder({ page: page() } as any).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${what}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    },
    field: (form: string, name: string) => page().getByTestId(form).locator(`[data-field="${name}"]`),
    submit: (form: string) => page().getByTestId(`${form}-submit`).click(),
  };
}
