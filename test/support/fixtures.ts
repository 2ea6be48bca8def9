import type { DataSource } from 'typeorm';
import { type Actor, AgencyCode, Channel, ConsentMethod, DataCategory, syntheticBsn, Urgency } from '#domain';
import { AccountEntity, TopicEntity } from '#persistence';
import { ReferralsService } from '../../apps/hub/src/referrals/referrals.service.js';
import { VisitsService } from '../../apps/hub/src/visits/visits.service.js';

/** Builds real rows through the hub's own services, as the seeded demo accounts. */
export class Fixtures {
  readonly referrals: ReferralsService;
  readonly visits: VisitsService;
  private seed = 100;

  constructor(private readonly db: DataSource) {
    this.referrals = new ReferralsService(db);
    this.visits = new VisitsService(db);
  }

  async actor(username: string): Promise<Actor> {
    const a = await this.db.getRepository(AccountEntity).findOneByOrFail({ username });
    return { accountId: a.id, role: a.role, servicePointId: a.servicePointId, agencyCode: a.agencyCode };
  }

  async draftReferral(agency: AgencyCode = AgencyCode.UWV, urgency: Urgency = Urgency.REGULAR) {
    const desk = await this.actor('desk.utrecht');
    const visit = await this.visits.open(desk, {
      channel: Channel.WALK_IN,
      questions: ['Synthetische vraag'],
      citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn: syntheticBsn(this.seed++) },
    });
    const topic = await this.db.getRepository(TopicEntity).findOneByOrFail({ agencyCode: agency });
    const referral = await this.referrals.add(desk, {
      visitId: visit.id,
      agencyCode: agency,
      topicId: topic.id,
      urgency,
      summary: 'Synthetische samenvatting',
      consent: { categories: [DataCategory.CONTACT_DETAILS], method: ConsentMethod.VERBAL },
    });
    return { desk, visit, referral };
  }

  async submittedReferral(agency: AgencyCode = AgencyCode.UWV) {
    const made = await this.draftReferral(agency);
    const referral = await this.referrals.submit(made.desk, made.referral.id);
    return { ...made, referral };
  }
}
