import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  describe('when it holds as many entries as its capacity', () => {
    it('forgets the oldest entry to remember a new one', () => {
      // given
      const memo = new BoundedMemo<string, number>(2);
      memo.set('a', 1);
      memo.set('b', 2);
      // when
      memo.set('c', 3);
      // then
      expect([memo.get('a'), memo.get('b'), memo.get('c'), memo.size]).toEqual([undefined, 2, 3, 2]);
    });

    it('counts an entry set again as the newest', () => {
      // given
      const memo = new BoundedMemo<string, number>(2);
      memo.set('a', 1);
      memo.set('b', 2);
      memo.set('a', 10);
      // when
      memo.set('c', 3);
      // then
      expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([10, undefined, 3]);
    });
  });

  it('forgets a deleted entry', () => {
    // given
    const memo = new BoundedMemo<string, number>(2);
    memo.set('a', 1);
    // when
    memo.delete('a');
    // then
    expect([memo.get('a'), memo.size]).toEqual([undefined, 0]);
  });

  it('refuses a capacity below one', () => {
    expect(() => new BoundedMemo(0)).toThrow('capacity');
  });
});
