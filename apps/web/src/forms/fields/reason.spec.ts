import { reasonField } from './reason';

describe('reasonField', () => {
  it('is the required text area named as the decision inputs name it', () => {
    expect(reasonField('Skäl', 'Varför?')).toEqual({
      name: 'reason',
      label: 'Skäl',
      help: 'Varför?',
      kind: 'textarea',
      required: true,
    });
  });

  it('has no help line unless given one', () => {
    expect(reasonField('Skäl')).not.toHaveProperty('help');
  });
});
