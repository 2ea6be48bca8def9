import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Actor, AgencyCode, Channel, ConsentMethod, DataCategory, syntheticBsn, type TraceContext, Urgency } from '#domain';
import { loadConfig } from '#config';
import { AccountEntity, ScopedDatabase, TopicEntity, VisitErasureRepository } from '#persistence';
import { BlindIndex, CitizenErasure, FieldCipher, PersonalDataVault, ProcessingLog, traceFrom, VisitEraser } from '#privacy';
import { PrivacyOfficerService } from '../../apps/hub/src/privacy/privacy-officer.service.js';
import { ReferralsService } from '../../apps/hub/src/referrals/referrals.service.js';
import { VisitsService } from '../../apps/hub/src/visits/visits.service.js';

/** The privacy parts as the apps build them, from the test environment's (development) keys. */
export function privacyKit(config = loadConfig()) {
  const cipher = new FieldCipher(config.fieldKeys, config.fieldKeyCurrent);
  const index = new BlindIndex(config.blindIndexKey);
  const vault = new PersonalDataVault(cipher, index);
  const log = new ProcessingLog(index);
  const visitErasure = new VisitErasureRepository();
  return { config, cipher, index, vault, log, visitErasure, eraser: new VisitEraser(vault, log, visitErasure) };
}

/** Builds real rows through the hub's own services, as the seeded demo accounts. */
export class Fixtures {
  readonly scoped: ScopedDatabase;
  readonly referrals: ReferralsService;
  readonly visits: VisitsService;
  readonly kit = privacyKit();
  readonly trace: TraceContext = traceFrom(undefined);
  /** Each instance its own citizens: several test files share one database. */
  private seed = randomInt(1_000, 9_000_000);
  private lastBsn = '';

  constructor(
    private readonly db: DataSource,
    vault: PersonalDataVault = privacyKit().vault,
  ) {
    this.scoped = new ScopedDatabase(db);
    this.referrals = new ReferralsService(this.scoped, vault, this.kit.log);
    this.visits = new VisitsService(this.scoped, vault, this.kit.log);
  }

  async actor(username: string): Promise<Actor> {
    const a = await this.db.getRepository(AccountEntity).findOneByOrFail({ username });
    return { accountId: a.id, role: a.role, servicePointId: a.servicePointId, agencyCode: a.agencyCode };
  }

  /** The privacy officer's service as the hub builds it, with the clock its erasures stamp. */
  privacyOfficer(clock: () => Date = () => new Date()): PrivacyOfficerService {
    const { vault, log, visitErasure, eraser } = this.kit;
    return new PrivacyOfficerService(this.scoped, log, vault, new CitizenErasure(this.scoped, vault, visitErasure, eraser), clock);
  }

  /** A BSN no earlier call gave: neighbouring seeds can land on the same elfproef-valid number. */
  nextBsn(): string {
    let bsn = syntheticBsn(this.seed++);
    while (bsn === this.lastBsn) bsn = syntheticBsn(this.seed++);
    this.lastBsn = bsn;
    return bsn;
  }

  async draftReferral(agency: AgencyCode = AgencyCode.UWV, urgency: Urgency = Urgency.REGULAR, deskName = 'desk.utrecht', bsn = this.nextBsn(), channel = Channel.WALK_IN) {
    const desk = await this.actor(deskName);
    const visit = await this.visits.open(desk, this.trace, {
      channel,
      questions: ['Synthetische vraag'],
      citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn },
    });
    const topic = await this.db.getRepository(TopicEntity).findOneByOrFail({ agencyCode: agency });
    const referral = await this.referrals.add(desk, this.trace, {
      visitId: visit.id,
      agencyCode: agency,
      topicId: topic.id,
      urgency,
      summary: 'Synthetische samenvatting',
      consent: { categories: [DataCategory.CONTACT_DETAILS], method: ConsentMethod.VERBAL },
    });
    return { desk, visit, referral, bsn };
  }

  async submittedReferral(agency: AgencyCode = AgencyCode.UWV, deskName = 'desk.utrecht') {
    const made = await this.draftReferral(agency, Urgency.REGULAR, deskName);
    const referral = await this.referrals.submit(made.desk, this.trace, made.referral.id);
    return { ...made, referral };
  }
}
