import { notFoundCode } from '@samverkan/core';
import { DIALOGUE_RULES as MODULE_RULES } from '@samverkan/dialogue';
import { DIALOGUE_RULES } from '../../apps/web/src/desks/dialogue/texts';

/** The dialogue desk answers every rule the module can refuse with in Swedish, and names no other code. */
describe("The dialogue desk's rule messages", () => {
  it('has a message for each of the dialogue module’s rule codes and not-found codes, and for nothing else', () => {
    const codes = [...Object.keys(MODULE_RULES.meanings), ...Object.keys(MODULE_RULES.notFound).map(notFoundCode)];
    expect(Object.keys(DIALOGUE_RULES).sort()).toEqual(codes.sort());
    for (const message of Object.values(DIALOGUE_RULES)) expect(message).toMatch(/^[A-ZÅÄÖ].*[.]$/);
  });
});
