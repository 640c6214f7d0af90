import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './ts-node';

export const WEB_BUILD = join(ROOT, 'dist', 'web');
const SOURCES = join(ROOT, 'apps', 'web');

function newestChange(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestChange(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

/**
 * The web app's production build, as `npm test` makes it before Jest runs: built here when it is
 * missing or older than apps/web, so a browser test run on its own tests the current sources.
 */
export async function ensureWebBuild(): Promise<string> {
  const index = join(WEB_BUILD, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange(SOURCES)) return WEB_BUILD;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
    // Jest sets NODE_ENV=test, which Vite would keep, bundling React's development build.
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } },
  );
  return WEB_BUILD;
}
