import { Controller, Get, Inject, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';
import { SignInCodes } from './sign-in-codes.js';

/**
 * The web app's sign-in through the identity provider. The browser never sees a provider token:
 * the callback hands the web app a one-time code in the URL fragment (not sent to servers, not in
 * access logs), which the app trades once, within a minute, for a hub token via redeemSignInCode
 * and keeps in memory. No cookie carries authority, so GraphQL needs no CSRF defence beyond Apollo's.
 */
@Controller('auth')
@Public()
export class OidcController {
  private readonly logger = new Logger('OIDC');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcClient) private readonly oidc: OidcClient,
    @Inject(OidcAccounts) private readonly accounts: OidcAccounts,
    @Inject(SignInCodes) private readonly codes: SignInCodes,
  ) {}

  @Get('login')
  async login(@Res() reply: FastifyReply): Promise<void> {
    if (!this.config.oidc) throw new NotFoundException();
    const { url, pending } = await this.oidc.startSignIn();
    await this.codes.rememberPending(pending);
    await reply.header('cache-control', 'no-store').redirect(url.href, 303);
  }

  @Get('callback')
  async callback(@Req() request: FastifyRequest<{ Querystring: Record<string, unknown> }>, @Res() reply: FastifyReply): Promise<void> {
    const oidc = this.config.oidc;
    if (!oidc) throw new NotFoundException();
    reply.header('cache-control', 'no-store');
    const state = typeof request.query.state === 'string' ? request.query.state : null;
    const pending = state ? await this.codes.takePending(state) : null;
    const callbackUrl = new URL(oidc.redirectUri);
    callbackUrl.search = new URL(request.originalUrl, 'http://callback.invalid').search;
    const identity = pending
      ? await this.oidc.finishSignIn(callbackUrl, pending).catch((error: unknown) => {
          // The name only: provider error texts can echo request values.
          this.logger.warn(`sign-in callback refused: ${error instanceof Error ? error.name : typeof error}`);
          return null;
        })
      : null;
    const actor = identity ? await this.accounts.actorFor(identity) : null;
    if (!actor) {
      await reply.redirect(`${oidc.appUrl}#error=sign_in_failed`, 303);
      return;
    }
    await reply.redirect(`${oidc.appUrl}#signin=${await this.codes.issueCode(actor.accountId)}`, 303);
  }
}
