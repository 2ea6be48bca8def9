import { describe, expect, it } from '@jest/globals';
import { AppointmentKind, ContactChannel } from '../referral/appointment.js';
import { ReferralStatus } from '../referral/referral-status.js';
import { citizenSummary } from './citizen-summary.js';

describe('the citizen summary (B1 Dutch)', () => {
  const summary = citizenSummary({
    servicePointName: 'Servicepunt Stadskantoor Utrecht',
    timeZone: 'Europe/Amsterdam',
    referrals: [
      {
        reference: 'LL-001001',
        agencyName: 'UWV',
        topicName: 'WW-uitkering',
        status: ReferralStatus.ACCEPTED,
        appointment: { kind: AppointmentKind.CALLBACK, startsAt: new Date('2026-04-07T08:00:00Z'), endsAt: new Date('2026-04-07T10:00:00Z'), channel: ContactChannel.PHONE, place: null, extraItems: [] },
        whatToBring: ['Uw loonstroken'],
      },
      {
        reference: 'LL-001002',
        agencyName: 'Dienst Toeslagen',
        topicName: 'terugvordering',
        status: ReferralStatus.ACCEPTED,
        appointment: { kind: AppointmentKind.APPOINTMENT, startsAt: new Date('2026-04-09T12:30:00Z'), endsAt: null, channel: ContactChannel.IN_PERSON, place: 'Stadsplateau 1, Utrecht', extraItems: [] },
        whatToBring: ['De brief'],
      },
      { reference: 'LL-001003', agencyName: 'SVB', topicName: 'AOW', status: ReferralStatus.RECEIVED, appointment: null, whatToBring: [] },
      { reference: 'LL-001004', agencyName: 'CAK', topicName: 'eigen bijdrage', status: ReferralStatus.REJECTED, appointment: null, whatToBring: [] },
    ],
  });

  it('says who will contact the citizen and when, with dates written out in Amsterdam time', () => {
    expect(summary.items.map((i) => [i.reference, i.nextStep])).toEqual([
      ['LL-001001', 'UWV belt u op dinsdag 7 april tussen 10:00 en 12:00 uur.'],
      ['LL-001002', 'U hebt een afspraak bij Dienst Toeslagen op donderdag 9 april om 14:30 uur. Adres: Stadsplateau 1, Utrecht.'],
      ['LL-001003', 'Wij hebben uw vraag naar SVB gestuurd. SVB neemt contact met u op.'],
    ]);
    expect(summary.items[0]!.whatToBring).toEqual(['Uw loonstroken']);
  });

  it('keeps sentences short (B1: at most 20 words each)', () => {
    const sentences = [summary.intro, summary.closing, ...summary.items.map((i) => i.nextStep)].flatMap((t) => t.split(/(?<=\.)\s+/));
    for (const sentence of sentences) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
  });
});
