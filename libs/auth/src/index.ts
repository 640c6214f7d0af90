export * from './roles';
export * from './decorators';
export * from './command-mutation';
export { TokenService } from './token-service';
export { bearerToken } from './bearer';
export type { VerifiedToken } from './token-service';
export { AuthModule } from './auth.module';
export { devActor } from './dev-actor';
export * from './read-access';
