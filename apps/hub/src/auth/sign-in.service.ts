import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, DomainErrorCode, DomainException } from '#domain';
import { hashPassword, issueAccessToken, verifyPassword } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { AccountEntity } from '#persistence';


@Injectable()
export class SignInService {
  /** Checked when the user does not exist, so the answer's timing does not reveal accounts. */
  private readonly dummyHash = hashPassword(randomUUID());

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(username: string, password: string) {
    const account = await this.db.getRepository(AccountEntity).findOneBy({ username: username.trim().toLowerCase(), active: true });
    const ok = await verifyPassword(account?.passwordHash ?? (await this.dummyHash), password);
    if (!account || !ok) throw new DomainException(DomainErrorCode.UNAUTHENTICATED, 'Unknown user name or wrong password');
    const { token, expiresAt } = await issueAccessToken(toActor(account), this.config.tokenSecret, this.config.tokenTtlSeconds);
    return { token, expiresAt, account };
  }

  async account(actor: Actor): Promise<AccountEntity> {
    const account = await this.db.getRepository(AccountEntity).findOneBy({ id: actor.accountId, active: true });
    if (!account) throw DomainException.notFound('Account');
    return account;
  }
}

function toActor(account: AccountEntity): Actor {
  return { accountId: account.id, role: account.role, servicePointId: account.servicePointId, agencyCode: account.agencyCode };
}
