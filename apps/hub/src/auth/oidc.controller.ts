import { Controller, Get, Inject, Logger, NotFoundException, Req, Res } from '@nestjs/common';
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
/** The parts of Express's request and response used here (the project carries no @types/express). */
interface CallbackRequest {
  readonly query: Record<string, unknown>;
  readonly originalUrl: string;
}
interface RedirectResponse {
  set(name: string, value: string): RedirectResponse;
  redirect(status: number, url: string): void;
}

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
  async login(@Res() res: RedirectResponse): Promise<void> {
    if (!this.config.oidc) throw new NotFoundException();
    const { url, pending } = await this.oidc.startSignIn();
    await this.codes.rememberPending(pending);
    res.set('cache-control', 'no-store').redirect(303, url.href);
  }

  @Get('callback')
  async callback(@Req() req: CallbackRequest, @Res() res: RedirectResponse): Promise<void> {
    const oidc = this.config.oidc;
    if (!oidc) throw new NotFoundException();
    res.set('cache-control', 'no-store');
    const state = typeof req.query.state === 'string' ? req.query.state : null;
    const pending = state ? await this.codes.takePending(state) : null;
    const callbackUrl = new URL(oidc.redirectUri);
    callbackUrl.search = new URL(req.originalUrl, 'http://callback.invalid').search;
    const identity = pending
      ? await this.oidc.finishSignIn(callbackUrl, pending).catch((error: unknown) => {
          // The name only: provider error texts can echo request values.
          this.logger.warn(`sign-in callback refused: ${error instanceof Error ? error.name : typeof error}`);
          return null;
        })
      : null;
    const actor = identity ? await this.accounts.actorFor(identity) : null;
    if (!actor) {
      res.redirect(303, `${oidc.appUrl}#error=sign_in_failed`);
      return;
    }
    res.redirect(303, `${oidc.appUrl}#signin=${await this.codes.issueCode(actor.accountId)}`);
  }
}
