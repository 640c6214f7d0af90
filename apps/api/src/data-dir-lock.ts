import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';

export const DATA_DIR_LOCK = Symbol('DATA_DIR_LOCK');

/**
 * Gives the server's hold on DATA_DIR back once it has closed. Nest ends a signalled process by
 * raising the signal again, which skips the 'exit' event the lock also listens to.
 */
@Injectable()
export class DataDirLockRelease implements OnApplicationShutdown {
  constructor(@Inject(DATA_DIR_LOCK) private readonly lock: { release(): void } | null) {}

  onApplicationShutdown(): void {
    this.lock?.release();
  }
}
