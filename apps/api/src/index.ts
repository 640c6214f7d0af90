/**
 * What the operator CLI may use of the server: the same workspace (every module, wired once) and
 * the same HTTP setup, so a command it runs behaves as the API would. main.ts stays out: importing
 * this file must never start a server.
 */
export { AppModule } from './app.module';
export { configureHttp } from './configure-http';
export { WorkspaceModule } from './workspace.module';
