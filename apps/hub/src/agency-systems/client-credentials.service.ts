import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '#domain';
import { hashPassword, issueAccessToken, verifyPassword } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { AgencyClientRepository } from '#persistence';

/** Machine tokens live shorter than people's: a system fetches a new one when it needs it. */
const MAX_MACHINE_TOKEN_SECONDS = 300;

export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn: number;
}

/** OAuth2 client credentials for agency systems (RFC 6749, section 4.4). */
@Injectable()
export class ClientCredentialsService {
  /** Checked for an unknown client, so the answer's timing does not reveal which clients exist. */
  private readonly dummyHash = hashPassword(randomBytes(16).toString('hex'));
  private readonly clients: AgencyClientRepository;

  constructor(
    @Inject(DataSource) db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.clients = new AgencyClientRepository(db.manager);
  }

  /** A short-lived token for role AGENCY_SYSTEM of the client's agency, or null for bad credentials. */
  async issue(clientId: string, clientSecret: string): Promise<IssuedToken | null> {
    const client = await this.clients.active(clientId);
    const ok = await verifyPassword(client?.secretHash ?? (await this.dummyHash), clientSecret);
    if (!client || !ok) return null;
    const ttl = Math.min(this.config.tokenTtlSeconds, MAX_MACHINE_TOKEN_SECONDS);
    const { token } = await issueAccessToken(
      { accountId: client.id, role: Role.AGENCY_SYSTEM, servicePointId: null, agencyCode: client.agencyCode },
      this.config.tokenSecret,
      ttl,
    );
    return { accessToken: token, expiresIn: ttl };
  }
}
