import { TIPS_RULES as SERVER_RULES } from '@samverkan/tips';
import { TIPS_RULES } from '../../apps/web/src/desks/tips/texts';

/** A refusal of the tip routine reads in Swedish: the desks have a message for every rule code the module throws. */
describe('The tip desks’ rule messages', () => {
  it('cover every rule code of the tips module, and no code it does not have', () => {
    expect(Object.keys(TIPS_RULES).sort()).toEqual(Object.keys(SERVER_RULES.meanings).sort());
  });
});
