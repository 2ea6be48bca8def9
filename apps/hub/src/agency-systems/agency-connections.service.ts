import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AGENCY_CODES, type AgencyCode, DeliveryMode, DomainErrorCode, DomainException, Party, ReferralAction, ReferralStatus } from '#domain';
import { hashPassword } from '#auth';
import { APP_CONFIG, type AppConfig, WEBHOOK_CONFIG, type WebhookConfig } from '#config';
import { LineProducer, webhookJobId } from '#lines';
import {
  AgencyClientEntity,
  AgencyConnectionEntity,
  AgencySigningSecretEntity,
  DeliveryAlertEntity,
  moveReferralIn,
  ReferralEntity,
  ScopedDatabase,
  SYSTEM_SCOPE,
  WebhookDeadLetterEntity,
} from '#persistence';
import type { AgencyConnectionType, ConfigureAgencyDeliveryInput } from './agency-system.types.js';

/** A Standard Webhooks secret: whsec_ plus 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** ADMIN's side of agency systems: delivery mode, endpoint, signing secrets, machine clients, alerts. */
@Injectable()
export class AgencyConnectionsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(ScopedDatabase) private readonly scoped: ScopedDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_CONFIG) private readonly webhooks: WebhookConfig,
    @Inject(LineProducer) private readonly producer: LineProducer,
  ) {}

  async list(): Promise<AgencyConnectionType[]> {
    return Promise.all(AGENCY_CODES.map((code) => this.view(this.db.manager, code)));
  }

  /** Sets the mode and endpoint and re-enables a disabled endpoint; a first SYSTEM setup gets a secret. */
  async configure(input: ConfigureAgencyDeliveryInput): Promise<{ connection: AgencyConnectionType; signingSecret: string | null }> {
    const endpointUrl = input.endpointUrl ?? null;
    if (endpointUrl && this.config.env === 'production' && !endpointUrl.startsWith('https://')) {
      throw DomainException.invalidInput([{ path: ['input', 'endpointUrl'], message: 'must use https' }]);
    }
    // As the system: switching to PORTAL moves the waiting referrals into the inbox as the line would.
    return this.scoped.run(SYSTEM_SCOPE, async (manager) => {
      await manager.upsert(
        AgencyConnectionEntity,
        { agencyCode: input.agencyCode, mode: input.mode, endpointUrl, disabledAt: null, disabledReason: null },
        ['agencyCode'],
      );
      await manager.update(DeliveryAlertEntity, { agencyCode: input.agencyCode, kind: 'ENDPOINT_GONE', resolvedAt: IsNull() }, { resolvedAt: new Date() });
      if (input.mode === DeliveryMode.PORTAL) await this.landWaitingInInbox(manager, input.agencyCode);
      let signingSecret: string | null = null;
      if (input.mode === DeliveryMode.SYSTEM && !(await manager.existsBy(AgencySigningSecretEntity, { agencyCode: input.agencyCode, expiresAt: IsNull() }))) {
        signingSecret = newSigningSecret();
        await manager.insert(AgencySigningSecretEntity, { agencyCode: input.agencyCode, secret: signingSecret, expiresAt: null });
      }
      return { connection: await this.view(manager, input.agencyCode), signingSecret };
    });
  }

  /**
   * A new current secret; the old current one signs along for the overlap, so a receiver can switch
   * at its own pace. Anything older stops signing now: never more than two.
   */
  async rotate(agencyCode: AgencyCode): Promise<{ connection: AgencyConnectionType; signingSecret: string }> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT id FROM agency_signing_secret WHERE agency_code = $1 FOR UPDATE`, [agencyCode]);
      await manager.query(
        `UPDATE agency_signing_secret SET expires_at = now() WHERE agency_code = $1 AND expires_at IS NOT NULL AND expires_at > now()`,
        [agencyCode],
      );
      await manager.query(
        `UPDATE agency_signing_secret SET expires_at = now() + make_interval(hours => $2) WHERE agency_code = $1 AND expires_at IS NULL`,
        [agencyCode, this.webhooks.secretOverlapHours],
      );
      const signingSecret = newSigningSecret();
      await manager.insert(AgencySigningSecretEntity, { agencyCode, secret: signingSecret, expiresAt: null });
      return { connection: await this.view(manager, agencyCode), signingSecret };
    });
  }

  /** A machine client for the agency's system; the secret is returned once and stored as an argon2id hash. */
  async createClient(agencyCode: AgencyCode): Promise<{ clientId: string; clientSecret: string }> {
    const clientId = `${agencyCode.toLowerCase()}-${randomBytes(8).toString('hex')}`;
    const clientSecret = randomBytes(32).toString('base64url');
    await this.db.getRepository(AgencyClientEntity).insert({ clientId, agencyCode, secretHash: await hashPassword(clientSecret), revokedAt: null });
    return { clientId, clientSecret };
  }

  /**
   * Sends an agency's dead letters again, under their original event ids (receivers dedupe), once
   * its endpoint works. Queued first, then removed from the dead letter: a crash between re-sends.
   */
  async replay(agencyCode: AgencyCode): Promise<number> {
    const connection = await this.view(this.db.manager, agencyCode);
    if (connection.mode !== DeliveryMode.SYSTEM || connection.disabledAt) {
      throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'Configure a working SYSTEM endpoint first');
    }
    const letters = await this.db.getRepository(WebhookDeadLetterEntity).find({ where: { agencyCode }, order: { id: 'ASC' } });
    if (letters.length === 0) return 0;
    const queue = this.producer.webhookQueue(agencyCode);
    // The finished job still holds the event's job id; without removing it the new one would be a no-op.
    for (const letter of letters) await (await queue.getJob(webhookJobId(letter.eventId)))?.remove();
    await this.producer.addWebhooks(letters.map((l) => ({ agency: agencyCode, data: { referralId: l.referralId, eventId: l.eventId } })));
    await this.db.transaction(async (manager) => {
      await manager.delete(WebhookDeadLetterEntity, { id: In(letters.map((l) => l.id)) });
      await manager.update(
        DeliveryAlertEntity,
        { agencyCode, kind: 'DEAD_LETTER', eventId: In(letters.map((l) => l.eventId)), resolvedAt: IsNull() },
        { resolvedAt: new Date() },
      );
    });
    return letters.length;
  }

  openAlerts(): Promise<DeliveryAlertEntity[]> {
    return this.db.getRepository(DeliveryAlertEntity).find({ where: { resolvedAt: IsNull() }, order: { id: 'DESC' }, take: 200 });
  }

  deadLetters(agencyCode: AgencyCode | null | undefined): Promise<WebhookDeadLetterEntity[]> {
    return this.db.getRepository(WebhookDeadLetterEntity).find({ where: agencyCode ? { agencyCode } : {}, order: { id: 'DESC' }, take: 200 });
  }

  /** Back to the inbox: referrals the agency's system never acknowledged are in the inbox now. */
  private async landWaitingInInbox(manager: EntityManager, agencyCode: AgencyCode): Promise<void> {
    const waiting = await manager.find(ReferralEntity, { where: { agencyCode, status: ReferralStatus.REQUESTED }, select: { id: true } });
    for (const { id } of waiting) {
      try {
        await moveReferralIn(manager, { referralId: id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
      } catch (error) {
        // Received meanwhile (by the line or a late acknowledgement): the compare-and-set said no, nothing to do.
        if (!(error instanceof DomainException && (error.code === DomainErrorCode.STALE_STATE || error.code === DomainErrorCode.ILLEGAL_TRANSITION))) throw error;
      }
    }
  }

  private async view(manager: EntityManager, agencyCode: AgencyCode): Promise<AgencyConnectionType> {
    const connection = await manager.findOneBy(AgencyConnectionEntity, { agencyCode });
    const keys = await manager.query(
      `SELECT id, created_at, expires_at FROM agency_signing_secret
        WHERE agency_code = $1 AND (expires_at IS NULL OR expires_at > now()) ORDER BY created_at DESC`,
      [agencyCode],
    ) as { id: string; created_at: Date; expires_at: Date | null }[];
    const clients = await manager.find(AgencyClientEntity, { where: { agencyCode }, order: { createdAt: 'ASC' } });
    return {
      agencyCode,
      mode: connection?.mode ?? DeliveryMode.PORTAL,
      endpointUrl: connection?.endpointUrl ?? null,
      disabledAt: connection?.disabledAt ?? null,
      disabledReason: connection?.disabledReason ?? null,
      signingKeys: keys.map((k) => ({ id: k.id, createdAt: k.created_at, expiresAt: k.expires_at })),
      clients: clients.map((c) => ({ clientId: c.clientId, createdAt: c.createdAt, revokedAt: c.revokedAt })),
    };
  }
}
