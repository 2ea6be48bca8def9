import { Body, Controller, Header, Headers, HttpCode, HttpException, Inject, Post, Req, Res } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Public } from '#auth';
import { ClientCredentialsService } from './client-credentials.service.js';
import { TokenRateLimiter } from './token-rate-limiter.js';

type TokenRequest = Record<string, unknown>;

function oauthError(status: number, error: string): HttpException {
  return new HttpException({ error }, status);
}

/** Client id and secret from HTTP Basic (preferred by RFC 6749) or from the form body. */
function credentials(body: TokenRequest, authorization: string | undefined): { id: string; secret: string } | null {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  }
  const { client_id: id, client_secret: secret } = body;
  return typeof id === 'string' && typeof secret === 'string' && id.length > 0 && id.length <= 200 && secret.length <= 200 ? { id, secret } : null;
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
