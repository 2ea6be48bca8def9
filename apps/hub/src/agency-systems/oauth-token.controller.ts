import { Body, Controller, Header, Headers, HttpCode, HttpException, Inject, Post, Req, Res } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Public } from '#auth';
import { textIssues } from '../graphql/input-rules.js';
import { ClientCredentialsService } from './client-credentials.service.js';
import { TokenRateLimiter } from './token-rate-limiter.js';

type TokenRequest = Record<string, unknown>;

function oauthError(status: number, error: string): HttpException {
  return new HttpException({ error }, status);
}

/** The text rule every GraphQL String follows: text Postgres cannot store is no client's id. */
const MAX_CREDENTIAL_LENGTH = 200;

function acceptable(id: unknown, secret: unknown): { id: string; secret: string } | null {
  const ok = typeof id === 'string' && typeof secret === 'string' && id.length > 0;
  return ok && textIssues(id, MAX_CREDENTIAL_LENGTH).length === 0 && textIssues(secret, MAX_CREDENTIAL_LENGTH).length === 0 ? { id, secret } : null;
}

/** Decodes a form-encoded part of Basic credentials; a broken escape makes a wrong client, not an error. */
function formDecoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Client id and secret from HTTP Basic (preferred by RFC 6749) or from the form body. */
function credentials(body: TokenRequest, authorization: string | undefined): { id: string; secret: string } | null {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!basic) return acceptable(body.client_id, body.client_secret);
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return acceptable(formDecoded(decoded.slice(0, colon)), formDecoded(decoded.slice(colon + 1)));
}

/** POST /oauth/token with grant_type=client_credentials: a bearer token for an agency system. */
@Controller('oauth')
@Public()
export class OAuthTokenController {
  constructor(
    @Inject(ClientCredentialsService) private readonly clients: ClientCredentialsService,
    @Inject(TokenRateLimiter) private readonly limiter: TokenRateLimiter,
  ) {}

  @Post('token')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  async token(
    @Req() req: IncomingMessage,
    @Res({ passthrough: true }) res: ServerResponse,
    @Body() body: TokenRequest = {},
    @Headers('authorization') authorization?: string,
  ) {
    if (body.grant_type !== 'client_credentials') throw oauthError(400, body.grant_type ? 'unsupported_grant_type' : 'invalid_request');
    const given = credentials(body, authorization);
    if (!given) throw oauthError(401, 'invalid_client');
    const wait = await this.limiter.check(given.id, req.socket.remoteAddress ?? 'unknown');
    if (wait !== null) {
      res.setHeader('retry-after', String(wait));
      throw oauthError(429, 'slow_down');
    }
    const issued = await this.clients.issue(given.id, given.secret);
    if (!issued) throw oauthError(401, 'invalid_client');
    return { access_token: issued.accessToken, token_type: 'Bearer', expires_in: issued.expiresIn };
  }
}
