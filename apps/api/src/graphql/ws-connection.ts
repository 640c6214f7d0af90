import type { LoggerService } from '@nestjs/common';
import { WebSocket } from 'ws';
import { bearerToken } from '@samverkan/auth';

/** graphql-ws's own code for "not authorised"; the reason says what is missing. */
export const UNAUTHENTICATED_CLOSE = 4401;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** The token from `connectionParams.authorization` ("Bearer <token>"), as the HTTP header carries it. */
export function bearerOf(params: Readonly<Record<string, unknown>> | undefined): string | null {
  return bearerToken(params?.authorization ?? params?.Authorization);
}

/** Closes with 4401 and the reason; graphql-ws's own close (4403) that follows is then a no-op. */
export function refuseConnection(
  socket: WebSocket,
  logger: LoggerService,
  connectionId: string,
  reason: string,
): false {
  logger.warn?.({ msg: 'graphql-ws connection refused', connectionId, reason });
  socket.close(UNAUTHENTICATED_CLOSE, reason);
  return false;
}

/**
 * A socket outlives the token it was opened with; HTTP checks expiry on every request, so the
 * socket closes when the token expires. Timers cap at about 24.8 days, hence the re-arming.
 */
export function closeAtExpiry(socket: WebSocket, expiresAtMs: number): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = expiresAtMs - Date.now();
    if (left <= 0) return void socket.close(UNAUTHENTICATED_CLOSE, 'Unauthenticated: the bearer token expired');
    timer = setTimeout(arm, Math.min(left, LONGEST_TIMER_MS)).unref();
  };
  arm();
  return () => clearTimeout(timer);
}
