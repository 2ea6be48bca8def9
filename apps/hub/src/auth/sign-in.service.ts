import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, DomainErrorCode, DomainException } from '#domain';
import { hashPassword, issueAccessToken, verifyPassword } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { type AccountEntity, AccountRepository } from '#persistence';
import { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { SignInCodes } from './sign-in-codes.js';

@Injectable()
export class SignInService {
  /** Checked when the user does not exist, so the answer's timing does not reveal accounts. */
  private readonly dummyHash = hashPassword(randomUUID());
  private readonly accounts: AccountRepository;

  constructor(
    @Inject(DataSource) db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RequestRateLimiter) private readonly rateLimiter: RequestRateLimiter,
    @Inject(SignInCodes) private readonly codes: SignInCodes,
  ) {
    this.accounts = new AccountRepository(db.manager);
  }

  /** Local accounts; attempts are limited per user name and client address. */
  async signIn(username: string, password: string, clientIp: string) {
    await this.rateLimiter.signInAttempt(username, clientIp);
    const account = await this.accounts.activeByUsername(username.trim().toLowerCase());
    const ok = await verifyPassword(account?.passwordHash ?? (await this.dummyHash), password);
    if (!account?.passwordHash || !ok) throw new DomainException(DomainErrorCode.UNAUTHENTICATED, 'Unknown user name or wrong password');
    await this.rateLimiter.signInSucceeded(username, clientIp);
    return this.session(account);
  }

  /** The web app's second half of the identity provider sign-in: one code, once. */
  async redeem(code: string) {
    const accountId = await this.codes.redeemCode(code);
    const account = accountId ? await this.accounts.activeById(accountId) : null;
    if (!account) throw new DomainException(DomainErrorCode.UNAUTHENTICATED, 'This sign-in code is unknown, used or expired');
    return this.session(account);
  }

  async account(actor: Actor): Promise<AccountEntity> {
    const account = await this.accounts.activeById(actor.accountId);
    if (!account) throw DomainException.notFound('Account');
    return account;
  }

  private async session(account: AccountEntity) {
    const { token, expiresAt } = await issueAccessToken(toActor(account), this.config.tokenSecret, this.config.tokenTtlSeconds);
    return { token, expiresAt, account };
  }
}

function toActor(account: AccountEntity): Actor {
  return { accountId: account.id, role: account.role, servicePointId: account.servicePointId, agencyCode: account.agencyCode };
}
