import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild } from '../support/web-build';

const LIMIT = 300 * 1024;

/** The scripts the built page loads before anything else: its module entry and what it preloads. */
function firstPageScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set([...scripts, ...preloaded])];
}

describe("The web app's first page", () => {
  it('loads at most 300 KB of gzipped JavaScript, and each desk is a chunk of its own', async () => {
    const build = await ensureWebBuild();
    const html = readFileSync(join(build, 'index.html'), 'utf8');
    const scripts = firstPageScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.map((file) => gzipSync(readFileSync(join(build, file))).length);
    const total = gzipped.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(LIMIT);
    // Routes load their own code: no desk's chunk is among the first page's scripts.
    const entry = readFileSync(join(build, scripts[0]), 'utf8');
    for (const desk of ['SteeringDesk', 'OverviewDesk', 'TimelineDesk', 'SupervisionDesk']) {
      expect(entry).toMatch(new RegExp(`import\\(\\s*["'\`][^"'\`]*${desk}-[\\w-]+\\.js`));
      expect(scripts.some((file) => file.includes(desk))).toBe(false);
    }
  }, 120_000);
});
