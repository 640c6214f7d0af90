import { Command, Decider, DomainEvent } from '../domain/decider';
import { handled } from '../domain/world-time';
import { NotFoundError } from '../errors/domain-errors';
import { InputValidationError } from '../errors/input-validation-error';
import { defineRules } from '../errors/rules';
import { deciderSpecification, expectRejection } from './decider-specification';

const ROW_RULES = defineRules('row', { NO_SUCH_SEAT: 'The row has no seat with this number.' });

type Seat = DomainEvent<'SeatTaken', { seat: number }>;
type Take = Command<'Take', { seat: number }>;

/** A row of two seats: taking a free one is a fact, taking a taken one by its holder changes nothing. */
const row: Decider<Take, Seat, number[]> = {
  initialState: () => [],
  evolve: (taken, event) => [...taken, event.data.seat],
  decide({ data: { seat } }, taken) {
    if (seat > 2) throw ROW_RULES.violation('NO_SUCH_SEAT', `seat ${seat}`, { field: 'seat', seats: 2 });
    if (seat < 1) throw new NotFoundError('Seat', String(seat));
    return taken.includes(seat) ? [] : [{ type: 'SeatTaken', data: { seat } }];
  },
  worldTimes: {} as never,
};
const spec = deciderSpecification(row);
const take = (seat: number): Take => ({ type: 'Take', data: { seat }, metadata: { now: new Date(0) } });
const taken = (seat: number): Seat => ({ type: 'SeatTaken', data: { seat } });

describe('deciderSpecification', () => {
  it('passes thenNothingHappened only when decide returns no events', () => {
    spec
      .given([taken(1)])
      .when(take(1))
      .thenNothingHappened();
    expect(() => spec.given([]).when(take(1)).thenNothingHappened()).toThrow();
  });

  it('checks the code, the field and the details of a rule violation', () => {
    spec
      .given([])
      .when(take(3))
      .thenThrows('NO_SUCH_SEAT', { field: 'seat', details: { seats: 2 } });
    expect(() => spec.given([]).when(take(3)).thenThrows('SEAT_TAKEN')).toThrow();
    expect(() => spec.given([]).when(take(3)).thenThrows('NO_SUCH_SEAT', { field: 'row' })).toThrow();
    expect(() =>
      spec
        .given([])
        .when(take(3))
        .thenThrows('NO_SUCH_SEAT', { details: { seats: 3 } }),
    ).toThrow();
  });

  it('fails when the command succeeds, and names the entity of a not-found error', () => {
    expect(() => spec.given([]).when(take(2)).thenThrows('NO_SUCH_SEAT')).toThrow('but the command succeeded');
    spec
      .given([])
      .when(take(0))
      .thenThrows('SEAT_NOT_FOUND', { details: { entity: 'Seat', id: '0' } });
  });

  it('runs each command of whenEach from the same history, with its own outcome', () => {
    const whenTake = spec.given([taken(1)]).whenEach(take);
    whenTake(1).thenNothingHappened();
    whenTake(2).then([taken(2)]);
    whenTake(3).thenThrows('NO_SUCH_SEAT', { field: 'seat' });
    expect(() => whenTake(2).thenNothingHappened()).toThrow();
  });

  it('rethrows an untyped error rather than reporting a code mismatch', () => {
    expect(() => expectRejection(new TypeError('bug'), 'NO_SUCH_SEAT')).toThrow(TypeError);
  });

  it('matches an input error by BAD_USER_INPUT and one of its fields', () => {
    const error = new InputValidationError([{ field: 'input.seat', messages: ['must be positive'] }]);
    expectRejection(error, 'BAD_USER_INPUT', { field: 'input.seat' });
    expect(() => expectRejection(error, 'BAD_USER_INPUT', { field: 'input.row' })).toThrow();
    expect(() => expectRejection(error, 'NO_SUCH_SEAT')).toThrow();
  });
});

type Add = Command<'Add', { item: string }>;
type Added = DomainEvent<'Added', { item: string }>;
interface Basket {
  items: string[];
  counts: Map<string, number>;
}

const basket = (evolve: Decider<Add, Added, Basket>['evolve'], decide: Decider<Add, Added, Basket>['decide']) =>
  deciderSpecification<Add, Added, Basket>({
    initialState: () => ({ items: [], counts: new Map() }),
    evolve,
    decide,
    worldTimes: { Add: handled },
  });
const add: Add = { type: 'Add', data: { item: 'äpple' }, metadata: { now: new Date('2026-01-01T00:00:00Z') } };
const added: Added = { type: 'Added', data: { item: 'äpple' } };
const copying = (state: Basket, { data }: Added): Basket => ({
  items: [...state.items, data.item],
  counts: new Map(state.counts).set(data.item, (state.counts.get(data.item) ?? 0) + 1),
});

/** The pipeline keeps folded states between commands, so the spec refuses a decider that changes one. */
describe('The decider specification, on the states it hands out', () => {
  it('passes a decider that returns new states', () => {
    basket(copying, () => [added])
      .given([added])
      .when(add)
      .then([added]);
  });

  it('fails an evolve that pushes into the state it was given', () => {
    const pushing = (state: Basket, { data }: Added) => {
      state.items.push(data.item);
      return state;
    };
    expect(() =>
      basket(pushing, () => [added])
        .given([added])
        .when(add)
        .then([added]),
    ).toThrow('evolve(Added) changed the state it was given');
  });

  it('fails a decide that sets an entry of a Map in the state', () => {
    const setting = (_command: Add, state: Basket) => {
      state.counts.set('päron', 1);
      return [added];
    };
    expect(() => basket(copying, setting).given([added]).when(add).then([added])).toThrow(
      'decide(Add) changed the state it was given',
    );
  });
});
