import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DevTokenFile } from './dev-token-file';
import { DevTokensController } from './dev-tokens.controller';

/** apps/web/public, found upwards from here: the same from the sources (tests) and from dist/. */
export function webRoot(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'web', 'public');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  throw new Error(`apps/web/public/index.html not found above ${from}`);
}

/**
 * The web app as `npm run build:web` leaves it: dist/web at the repository's root (above
 * apps/web/public). Served from there whether or not it is built yet, so a build made after the
 * server started (a test's) is served too.
 */
export function webAppRoot(page = webRoot()): string {
  return resolve(page, '..', '..', '..', 'dist', 'web');
}

const app = webAppRoot();

/** A package's folder, from its entry point (some packages do not export their package.json). */
function packageDir(name: string, entryInside: string): string {
  return resolve(dirname(require.resolve(name)), entryInside);
}

/**
 * The workspace page at `/`: plain files, no build step, and two browser builds served straight
 * from node_modules (Chart.js for the charts, graphql-ws for the live timeline). The web app
 * (apps/web, built to dist/web) is served beside it at `/app/` until it has taken over the page's views.
 */
@Module({
  imports: [
    ServeStaticModule.forRoot(
      {
        rootPath: webRoot(),
        serveRoot: '/',
        renderPath: '/',
        serveStaticOptions: { index: 'index.html', fallthrough: true },
      },
      {
        rootPath: packageDir('chart.js', '.'),
        serveRoot: '/vendor/chart.js',
        renderPath: '/vendor/chart.js',
        serveStaticOptions: { index: false, fallthrough: true },
      },
      {
        rootPath: packageDir('graphql-ws', '../umd'),
        serveRoot: '/vendor/graphql-ws',
        renderPath: '/vendor/graphql-ws',
        serveStaticOptions: { index: false, fallthrough: true },
      },
      {
        rootPath: app,
        serveRoot: '/app',
        renderPath: '/app/',
        serveStaticOptions: { index: 'index.html', fallthrough: true },
      },
    ),
  ],
  controllers: [DevTokensController],
  providers: [DevTokenFile],
})
export class WebModule {}
