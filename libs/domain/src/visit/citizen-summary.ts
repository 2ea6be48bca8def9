import { DateTime } from 'luxon';
import { type Appointment, AppointmentKind, ContactChannel } from '../referral/appointment.js';
import { ReferralStatus } from '../referral/referral-status.js';

export interface SummaryReferral {
  readonly reference: string;
  readonly agencyName: string;
  readonly topicName: string;
  readonly status: ReferralStatus;
  readonly appointment: Appointment | null;
  readonly whatToBring: readonly string[];
}

export interface SummaryInput {
  readonly servicePointName: string;
  readonly referrals: readonly SummaryReferral[];
  readonly timeZone: string;
}

export interface CitizenSummaryItem {
  readonly reference: string;
  readonly agencyName: string;
  readonly topicName: string;
  /** Who will contact the citizen, and when, in one or two plain sentences. */
  readonly nextStep: string;
  readonly whatToBring: readonly string[];
}

export interface CitizenSummary {
  readonly title: string;
  readonly intro: string;
  readonly items: readonly CitizenSummaryItem[];
  readonly closing: string;
}

/** Statuses the citizen needs to hear about; withdrawn or re-routed referrals are not their concern. */
const SHOWN = new Set([
  ReferralStatus.REQUESTED,
  ReferralStatus.RECEIVED,
  ReferralStatus.ACCEPTED,
  ReferralStatus.IN_PROGRESS,
  ReferralStatus.ON_HOLD,
  ReferralStatus.COMPLETED,
]);

/**
 * The one-page summary the desk prints for the citizen, in plain Dutch (B1): short sentences, "u",
 * no jargon, dates written out.
 */
export function citizenSummary(input: SummaryInput): CitizenSummary {
  const day = (d: Date) => DateTime.fromJSDate(d, { zone: input.timeZone }).setLocale('nl').toFormat('cccc d LLLL');
  const time = (d: Date) => DateTime.fromJSDate(d, { zone: input.timeZone }).toFormat('HH:mm');
  const nextStep = (r: SummaryReferral): string => {
    const a = r.appointment;
    if (r.status === ReferralStatus.COMPLETED) return `${r.agencyName} heeft uw vraag afgehandeld.`;
    if (a?.kind === AppointmentKind.CALLBACK) {
      const end = a.endsAt ? ` en ${time(a.endsAt)}` : '';
      return `${r.agencyName} belt u op ${day(a.startsAt)} tussen ${time(a.startsAt)}${end} uur.`;
    }
    if (a) {
      switch (a.channel) {
        case ContactChannel.IN_PERSON:
          return `U hebt een afspraak bij ${r.agencyName} op ${day(a.startsAt)} om ${time(a.startsAt)} uur. Adres: ${a.place}.`;
        case ContactChannel.PHONE:
          return `${r.agencyName} belt u op ${day(a.startsAt)} om ${time(a.startsAt)} uur.`;
        case ContactChannel.VIDEO:
          return `U hebt een videogesprek met ${r.agencyName} op ${day(a.startsAt)} om ${time(a.startsAt)} uur.${a.place ? ` ${a.place}` : ''}`;
      }
    }
    if (r.status === ReferralStatus.REQUESTED || r.status === ReferralStatus.RECEIVED) {
      return `Wij hebben uw vraag naar ${r.agencyName} gestuurd. ${r.agencyName} neemt contact met u op.`;
    }
    return `${r.agencyName} heeft uw vraag aangenomen en neemt contact met u op.`;
  };
  return {
    title: 'Uw overzicht',
    intro: `U bent geholpen bij ${input.servicePointName}. Hier staat wie contact met u opneemt en wanneer. Bewaar dit papier.`,
    items: input.referrals
      .filter((r) => SHOWN.has(r.status))
      .map((r) => ({
        reference: r.reference,
        agencyName: r.agencyName,
        topicName: r.topicName,
        nextStep: nextStep(r),
        whatToBring: r.status === ReferralStatus.COMPLETED ? [] : r.whatToBring,
      })),
    closing: 'Hebt u een vraag? Bel de organisatie en noem uw nummer. Dan kunnen zij u snel helpen.',
  };
}
