import { profileWindow } from '../../bench/lib/profile-window';

/** A profile of three functions: `a` and `idle` early, `b` late (µs on the monotonic clock). */
const profile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
    { id: 2, callFrame: { functionName: 'a', url: 'file:///x/node_modules/pkg/a.js', lineNumber: 9 } },
    { id: 3, callFrame: { functionName: 'b', url: 'file:///x/dist/libs/b.js', lineNumber: 0 } },
    { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
  ],
  startTime: 1_000,
  // Samples at 1,100 (a), 1,200 (a), 1,300 (idle), 1,400 (b), 1,600 (b), 1,700 (a).
  samples: [2, 2, 4, 3, 3, 2],
  timeDeltas: [100, 100, 100, 100, 200, 100],
};

describe('A phase of a CPU profile', () => {
  it('counts only the samples inside the phase, each for the interval up to the next sample, by function', () => {
    const w = profileWindow(profile, 1_150, 1_650);
    expect(w.functions).toEqual([
      { name: 'b libs/b.js:1', micros: 300 },
      { name: 'a ~/pkg/a.js:10', micros: 100 },
      { name: '(idle)', micros: 100 },
    ]);
    expect(w.sampledMicros).toBe(500);
    expect(w.idleMicros).toBe(100);
  });

  it('finds nothing in a phase before the profile started', () => {
    expect(profileWindow(profile, 0, 1_000)).toEqual({ sampledMicros: 0, idleMicros: 0, functions: [] });
  });
});
