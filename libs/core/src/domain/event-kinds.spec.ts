import { action, decision } from './event-kinds';

describe('action and decision', () => {
  it('define an event type at its first shape, of its kind, with its summary', () => {
    const opened = action((data: { door: string }) => `Dörren ${data.door} öppnades`);
    const locked = decision((data: { door: string }) => `Dörren ${data.door} låstes`);
    expect(opened).toMatchObject({ kind: 'action', schemaVersion: 1 });
    expect(locked).toMatchObject({ kind: 'decision', schemaVersion: 1 });
    expect(opened.summary({ door: 'A' })).toBe('Dörren A öppnades');
    expect(locked.summary({ door: 'B' })).toBe('Dörren B låstes');
  });
});
