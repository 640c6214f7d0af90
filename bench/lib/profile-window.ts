import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a server spent one loaded phase of the queries bench: the samples of its V8 CPU profile
 * that fall inside the phase, by function (self time). Both clocks are the monotonic one (µs), so
 * the phase's marks and the profile's samples line up across the two processes.
 *
 *   BENCH_CPU_PROF=/tmp/prof npm run bench -- --only queries
 *   node dist/bench/lib/profile-window.js /tmp/prof 'esfReport(2024)' 1 [top]
 *
 * prints, per history, the phase's busy share and its heaviest functions.
 */

/** A loaded phase on one history's server, on the clock V8's CPU profiles use (µs, monotonic). */
export interface Phase {
  size: number;
  pid: number;
  query: string;
  connections: number;
  from: number;
  to: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface WindowSummary {
  /** Sampled µs inside the window, and how much of it was idle (the event loop waiting). */
  sampledMicros: number;
  idleMicros: number;
  /** Self time by function, heaviest first. */
  functions: { name: string; micros: number }[];
}

/** Self time by function of the samples within [from, to). */
export function profileWindow(profile: CpuProfile, from: number, to: number): WindowSummary {
  const names = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url
      ? ` ${url.replace(/^.*\/node_modules\//, '~/').replace(/^.*\/dist\//, '')}:${lineNumber + 1}`
      : '';
    names.set(node.id, `${functionName || '(anonymous)'}${where}`);
  }
  const byName = new Map<string, number>();
  let at = profile.startTime;
  let sampled = 0;
  let idle = 0;
  for (const [k, id] of profile.samples.entries()) {
    at += profile.timeDeltas[k];
    // A sample stands for the interval up to the next one.
    const span = profile.timeDeltas[k + 1] ?? 0;
    if (at < from || at >= to) continue;
    const name = names.get(id)!;
    sampled += span;
    if (name.startsWith('(idle)')) idle += span;
    byName.set(name, (byName.get(name) ?? 0) + span);
  }
  const functions = [...byName].map(([name, micros]) => ({ name, micros })).sort((a, b) => b.micros - a.micros);
  return { sampledMicros: sampled, idleMicros: idle, functions };
}

function main(): void {
  const [dir, query, connections, top = '25'] = process.argv.slice(2);
  const files = readdirSync(dir);
  const phases = files
    .filter((f) => f.startsWith('phases-'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Phase[])
    .filter((p) => p.query === query && p.connections === Number(connections));
  for (const phase of phases) {
    const file = files.find((f) => f.endsWith('.cpuprofile') && f.split('.').includes(String(phase.pid)));
    if (!file) {
      process.stdout.write(`${phase.size}: no profile of pid ${phase.pid}\n`);
      continue;
    }
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const w = profileWindow(profile, phase.from, phase.to);
    const busy = w.sampledMicros - w.idleMicros;
    process.stdout.write(
      `\n${phase.size} events, ${query} at ${connections}: ${(w.sampledMicros / 1e6).toFixed(2)} s sampled, ` +
        `${(busy / 1e6).toFixed(2)} s busy\n`,
    );
    for (const f of w.functions.slice(0, Number(top))) {
      if (f.name.startsWith('(idle)')) continue;
      process.stdout.write(`  ${((100 * f.micros) / busy).toFixed(1).padStart(5)} %  ${f.name}\n`);
    }
  }
}

if (require.main === module) main();
