/** What a token request said: the grant and the client's credentials, from the body or HTTP Basic. */
export interface TokenRequest {
  grantType?: string;
  clientId?: string;
  clientSecret?: string;
}

/** An OAuth error answer (RFC 6749 5.2), naming the field where one is at fault. */
export interface TokenRefusal {
  status: 400 | 401;
  error: 'invalid_request' | 'unsupported_grant_type' | 'invalid_client';
  description: string;
  field?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Reads a client-credentials request: `grant_type`, and `client_id` with `client_secret` either in
 * the form body or as HTTP Basic (whose parts are form-encoded, RFC 6749 2.3.1). Both at once is
 * refused, as the RFC asks.
 */
export function readTokenRequest(body: unknown, authorization: string | undefined): TokenRequest | TokenRefusal {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const grantType = text(form.grant_type);
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (basic) {
    if (text(form.client_secret))
      return refusal(
        'invalid_request',
        'Send the client secret once: in the Authorization header or in the body',
        'client_secret',
      );
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      return { status: 401, error: 'invalid_client', description: 'The Basic credentials are not id:secret' };
    const clientId = decodeForm(decoded.slice(0, colon));
    const clientSecret = decodeForm(decoded.slice(colon + 1));
    if (clientId === null || clientSecret === null)
      return { status: 401, error: 'invalid_client', description: 'The Basic credentials are not form-encoded' };
    return { grantType, clientId, clientSecret };
  }
  return { grantType, clientId: text(form.client_id), clientSecret: text(form.client_secret) };
}

/** Checks what a client-credentials grant needs, naming the first field at fault. */
export function refusalOf(request: TokenRequest): TokenRefusal | null {
  if (!request.grantType) return refusal('invalid_request', 'grant_type is required', 'grant_type');
  if (request.grantType !== 'client_credentials')
    return {
      status: 400,
      error: 'unsupported_grant_type',
      description: 'grant_type must be client_credentials',
      field: 'grant_type',
    };
  if (!request.clientId) return refusal('invalid_request', 'client_id is required', 'client_id');
  if (!request.clientSecret) return refusal('invalid_request', 'client_secret is required', 'client_secret');
  return null;
}

export const isRefusal = (value: TokenRequest | TokenRefusal): value is TokenRefusal => 'error' in value;

function refusal(error: 'invalid_request', description: string, field: string): TokenRefusal {
  return { status: 400, error, description, field };
}

function decodeForm(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
