import { DomainEvent } from './decider';
import { evolveEntity, NotStarted, notStarted } from './evolve';

type Opened = DomainEvent<'DoorOpened', { door: string }>;
type Painted = DomainEvent<'DoorPainted', { colour: string }>;
type Shut = DomainEvent<'DoorShut', { door: string }>;
interface Door {
  status: 'OPEN' | 'SHUT';
  door: string;
  colour?: string;
}

const evolveDoor = evolveEntity<Opened | Painted | Shut, Door, 'DoorOpened'>(
  { DoorOpened: ({ data: { door } }) => ({ status: 'OPEN', door }) },
  {
    DoorPainted: (door, { data: { colour } }) => ({ ...door, colour }),
    DoorShut: (door) => ({ ...door, status: 'SHUT' }),
  },
);
const none = notStarted();

describe('evolveEntity', () => {
  it('starts the entity from its first event and folds each later event into it', () => {
    const opened = evolveDoor(none, { type: 'DoorOpened', data: { door: 'front' } });
    const painted = evolveDoor(opened, { type: 'DoorPainted', data: { colour: 'red' } });
    expect(evolveDoor(painted, { type: 'DoorShut', data: { door: 'front' } })).toEqual({
      status: 'SHUT',
      door: 'front',
      colour: 'red',
    });
  });

  it('lets a later event before the start, or a type outside the union, change nothing', () => {
    expect(evolveDoor(none, { type: 'DoorShut', data: { door: 'front' } })).toBe(none);
    const opened = evolveDoor(none, { type: 'DoorOpened', data: { door: 'front' } });
    for (const type of ['DoorLocked', 'constructor', 'toString']) {
      expect(evolveDoor(opened, { type, data: {} } as never)).toBe(opened);
    }
  });

  it('knows the state before the start by the spelling the module gives', () => {
    const evolveLower = evolveEntity<Opened | Shut, Door, 'DoorOpened', 'none'>(
      { DoorOpened: ({ data: { door } }) => ({ status: 'OPEN', door }) },
      { DoorShut: (door) => ({ ...door, status: 'SHUT' }) },
      'none',
    );
    const lower: NotStarted<'none'> = { status: 'none' };
    expect(evolveLower(lower, { type: 'DoorShut', data: { door: 'front' } })).toBe(lower);
  });
});
