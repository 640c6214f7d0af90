import { Command, decideByType, DomainEvent } from './decider';

type Open = Command<'Open', { door: string }>;
type Shut = Command<'Shut', { door: string }>;
type Moved = DomainEvent<'Opened' | 'Shut', { door: string; wasOpen: boolean }>;

const decideDoor = decideByType<Open | Shut, boolean, Moved>('door', {
  Open: ({ data: { door } }, open) => [{ type: 'Opened', data: { door, wasOpen: open } }],
  Shut: ({ data: { door } }, open) => [{ type: 'Shut', data: { door, wasOpen: open } }],
});
const metadata = { now: new Date(0) };

describe('decideByType', () => {
  it('hands each command and the state to its own type entry', () => {
    expect(decideDoor({ type: 'Open', data: { door: 'front' }, metadata }, false)).toEqual([
      { type: 'Opened', data: { door: 'front', wasOpen: false } },
    ]);
    expect(decideDoor({ type: 'Shut', data: { door: 'back' }, metadata }, true)).toEqual([
      { type: 'Shut', data: { door: 'back', wasOpen: true } },
    ]);
  });

  it('names the aggregate and the type for a command outside the union, even one named after a prototype key', () => {
    for (const type of ['Lock', 'constructor', 'toString']) {
      expect(() => decideDoor({ type, data: { door: 'front' }, metadata } as never, false)).toThrow(
        `Unknown door command ${type}`,
      );
    }
  });
});
