import { Global, Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ModuleRegistry } from '@samverkan/core';
import { AuthGuard } from './auth.guard';
import { ContentAccess } from './read-access';
import { ServiceCredentials, ServiceTokens, accessModuleEvents } from './service-credentials';
import { ServiceCredentialsResolver } from './service-credentials/graphql/service-credentials.resolver';
import { serviceCredentialQueryHandlers } from './service-credentials/service-credential.queries';
import { serviceCredentialProjection } from './service-credentials/read-model/service-credentials.projection';
import { TokenService } from './token-service';

/** Who asks: people's tokens, machine clients' credentials and tokens, the guard, who reads what. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    TokenService,
    ContentAccess,
    ServiceCredentials,
    ServiceTokens,
    ServiceCredentialsResolver,
    ...serviceCredentialQueryHandlers,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, ContentAccess, ServiceCredentials, ServiceTokens],
})
export class AuthModule implements OnModuleInit {
  constructor(private readonly registry: ModuleRegistry) {}

  onModuleInit(): void {
    this.registry.add({ events: accessModuleEvents, projections: () => [serviceCredentialProjection] });
  }
}
