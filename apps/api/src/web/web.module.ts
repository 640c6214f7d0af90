import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DevTokenFile } from './dev-token-file';
import { DevTokensController } from './dev-tokens.controller';

/**
 * The web app as `npm run build:web` leaves it: dist/web, found upwards from here (the same from the
 * sources, from dist/ and in the Docker image). In a source tree (apps/web/index.html beside it) it
 * is served from there even before it is built, so a build made after the server started (a
 * test's) is served too.
 */
export function webAppRoot(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const built = join(dir, 'dist', 'web');
    if (existsSync(join(built, 'index.html')) || existsSync(join(dir, 'apps', 'web', 'index.html'))) return built;
  }
  throw new Error(`neither dist/web/index.html nor apps/web/index.html found above ${from}`);
}

/**
 * The web app (apps/web) at `/`: one page whose routes live in the hash, its assets beside it.
 * Chart.js and graphql-ws are bundled into it, so nothing is served from node_modules.
 */
@Module({
  imports: [
    ServeStaticModule.forRoot({
      rootPath: webAppRoot(),
      serveRoot: '/',
      renderPath: '/',
      serveStaticOptions: { index: 'index.html', fallthrough: true },
    }),
  ],
  controllers: [DevTokensController],
  providers: [DevTokenFile],
})
export class WebModule {}
