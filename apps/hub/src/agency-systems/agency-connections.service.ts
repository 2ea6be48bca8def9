import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AGENCY_CODES, type AgencyCode, DeliveryMode, DomainErrorCode, DomainException, Party, ReferralAction, ReferralStatus } from '#domain';
import { hashPassword } from '#auth';
import { APP_CONFIG, type AppConfig, WEBHOOK_CONFIG, type WebhookConfig } from '#config';
import { LineProducer, webhookJobId } from '#lines';
import {
  AgencyClientRepository,
  AgencyConnectionRepository,
  DeadLetterRepository,
  type DeliveryAlertEntity,
  DeliveryAlertRepository,
  moveReferralIn,
  ReferralRepository,
  ScopedDatabase,
  SYSTEM_SCOPE,
  type WebhookDeadLetterEntity,
} from '#persistence';
import type { AgencyConnectionType, ConfigureAgencyDeliveryInput } from './agency-system.types.js';

/** A Standard Webhooks secret: whsec_ plus 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The newest alerts and dead letters ADMIN gets to see. */
const LIST_LIMIT = 200;

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
      const connections = new AgencyConnectionRepository(manager);
      await connections.configure(input.agencyCode, input.mode, endpointUrl);
      await new DeliveryAlertRepository(manager).resolveEndpointGone(input.agencyCode);
      if (input.mode === DeliveryMode.PORTAL) await this.landWaitingInInbox(manager, input.agencyCode);
      // A first SYSTEM setup gets a secret; one that has a current secret keeps it.
      const candidate = newSigningSecret();
      const signingSecret = input.mode === DeliveryMode.SYSTEM && (await connections.addSecretUnlessCurrent(input.agencyCode, candidate)) ? candidate : null;
      return { connection: await this.view(manager, input.agencyCode), signingSecret };
    });
  }

  /**
   * A new current secret; the old current one signs along for the overlap, so a receiver can switch
   * at its own pace. Anything older stops signing now: never more than two.
   */
  async rotate(agencyCode: AgencyCode): Promise<{ connection: AgencyConnectionType; signingSecret: string }> {
    return this.db.transaction(async (manager) => {
      const signingSecret = newSigningSecret();
      await new AgencyConnectionRepository(manager).rotate(agencyCode, signingSecret, this.webhooks.secretOverlapHours);
      return { connection: await this.view(manager, agencyCode), signingSecret };
    });
  }

  /** A machine client for the agency's system; the secret is returned once and stored as an argon2id hash. */
  async createClient(agencyCode: AgencyCode): Promise<{ clientId: string; clientSecret: string }> {
    const clientId = `${agencyCode.toLowerCase()}-${randomBytes(8).toString('hex')}`;
    const clientSecret = randomBytes(32).toString('base64url');
    await new AgencyClientRepository(this.db.manager).insert({ clientId, agencyCode, secretHash: await hashPassword(clientSecret) });
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
    const letters = await new DeadLetterRepository(this.db.manager).ofAgency(agencyCode);
    if (letters.length === 0) return 0;
    const queue = this.producer.webhookQueue(agencyCode);
    // The finished job still holds the event's job id; without removing it the new one would be a no-op.
    for (const letter of letters) await (await queue.getJob(webhookJobId(letter.eventId)))?.remove();
    await this.producer.addWebhooks(letters.map((l) => ({ agency: agencyCode, data: { referralId: l.referralId, eventId: l.eventId } })));
    await this.db.transaction(async (manager) => {
      await new DeadLetterRepository(manager).remove(letters.map((l) => l.id));
      await new DeliveryAlertRepository(manager).resolveDeadLetters(agencyCode, letters.map((l) => l.eventId));
    });
    return letters.length;
  }

  openAlerts(): Promise<DeliveryAlertEntity[]> {
    return new DeliveryAlertRepository(this.db.manager).open(LIST_LIMIT);
  }

  deadLetters(agencyCode: AgencyCode | null | undefined): Promise<WebhookDeadLetterEntity[]> {
    return new DeadLetterRepository(this.db.manager).recent(agencyCode ?? null, LIST_LIMIT);
  }

  /** Back to the inbox: referrals the agency's system never acknowledged are in the inbox now. */
  private async landWaitingInInbox(manager: EntityManager, agencyCode: AgencyCode): Promise<void> {
    const waiting = await new ReferralRepository(manager).idsOf(agencyCode, ReferralStatus.REQUESTED);
    for (const id of waiting) {
      try {
        await moveReferralIn(manager, { referralId: id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
      } catch (error) {
        // Received meanwhile (by the line or a late acknowledgement): the compare-and-set said no, nothing to do.
        if (!(error instanceof DomainException && (error.code === DomainErrorCode.STALE_STATE || error.code === DomainErrorCode.ILLEGAL_TRANSITION))) throw error;
      }
    }
  }

  private async view(manager: EntityManager, agencyCode: AgencyCode): Promise<AgencyConnectionType> {
    const connections = new AgencyConnectionRepository(manager);
    const connection = await connections.find(agencyCode);
    const signingKeys = await connections.liveSigningKeys(agencyCode);
    const clients = await new AgencyClientRepository(manager).ofAgency(agencyCode);
    return {
      agencyCode,
      mode: connection?.mode ?? DeliveryMode.PORTAL,
      endpointUrl: connection?.endpointUrl ?? null,
      disabledAt: connection?.disabledAt ?? null,
      disabledReason: connection?.disabledReason ?? null,
      signingKeys,
      clients: clients.map((c) => ({ clientId: c.clientId, createdAt: c.createdAt, revokedAt: c.revokedAt })),
    };
  }
}
