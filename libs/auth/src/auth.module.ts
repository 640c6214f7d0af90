import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { ContentAccess } from './read-access';
import { TokenService } from './token-service';

@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [TokenService, ContentAccess, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, ContentAccess],
})
export class AuthModule {}
