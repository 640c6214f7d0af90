import { IsInt, Max, MaxLength } from 'class-validator';
import { inputLimitsOf, nameOf } from './input-edges';

abstract class Reasoned {
  @MaxLength(20)
  reason: string;
}

class Refusal extends Reasoned {
  @IsInt()
  @Max(3)
  attempts: number;
}

describe('inputLimitsOf', () => {
  it('reads the limits an input inherits from its base as well as its own', () => {
    expect(inputLimitsOf({ Refusal }).map(nameOf).sort()).toEqual([
      'Refusal.attempts max 3',
      'Refusal.reason maxLength 20',
    ]);
  });

  it('gives each inherited limit an edge the input accepts and a value just past it', () => {
    const reason = inputLimitsOf({ Refusal }).find((limit) => limit.field === 'reason');
    expect(reason).toMatchObject({ input: 'Refusal', edge: 'a'.repeat(20), past: 'a'.repeat(21) });
  });
});
