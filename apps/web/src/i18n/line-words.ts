import type { DeadlineStatus } from '../gql/graphql';

/** Words of the line's inbox and of the deadline every screen shows (shared/deadline-text.tsx). */
export interface LineWords {
  deadline: Record<Exclude<DeadlineStatus, 'MET'>, (due: string) => string>;
  met: string;
  left: (duration: string) => string;
  over: (duration: string) => string;
  lineOf: string;
  live: string;
  liveContact: (servicePoint: string, address: string) => string;
  sent: (when: string) => string;
  handlerColumn: string;
  nobody: string;
  whoseFilter: string;
  everyone: string;
  mine: string;
  handledBy: (name: string) => string;
  otherHandler: (name: string) => string;
  takeOver: string;
  takenOver: (reference: string) => string;
  handlerChanged: (reference: string, name: string) => string;
}

export const lineNl: LineWords = {
  deadline: {
    ON_TIME: (due) => `Uiterlijk ${due}`,
    DUE_SOON: (due) => `Bijna te laat: uiterlijk ${due}`,
    OVERDUE: (due) => `Te laat: dit moest uiterlijk ${due}`,
  },
  met: 'Op tijd opgepakt of klaar',
  left: (duration) => `nog ${duration} werktijd`,
  over: (duration) => `${duration} werktijd te laat`,
  lineOf: 'Lijn',
  live: 'Nu: de burger wacht aan de balie',
  liveContact: (servicePoint, address) => `De burger wacht nu bij ${servicePoint} (${address}). Neem contact op met de balie daar.`,
  sent: (when) => `Verstuurd ${when}`,
  handlerColumn: 'Behandelaar',
  nobody: 'Nog niemand',
  whoseFilter: 'Van wie',
  everyone: 'Iedereen',
  mine: 'Alleen mijn doorverwijzingen',
  handledBy: (name) => `Van ${name}`,
  otherHandler: (name) => `${name} behandelt deze doorverwijzing. U kunt hem overnemen; dat komt in het verloop.`,
  takeOver: 'Neem over',
  takenOver: (reference) => `U behandelt ${reference} nu zelf.`,
  handlerChanged: (reference, name) => `${reference} is nu van ${name}.`,
};

export const lineEn: LineWords = {
  deadline: {
    ON_TIME: (due) => `Due ${due}`,
    DUE_SOON: (due) => `Almost late: due ${due}`,
    OVERDUE: (due) => `Late: this was due ${due}`,
  },
  met: 'Picked up in time, or done',
  left: (duration) => `${duration} of working time left`,
  over: (duration) => `${duration} of working time late`,
  lineOf: 'Line',
  live: 'Now: the citizen is waiting at the desk',
  liveContact: (servicePoint, address) => `The citizen is waiting at ${servicePoint} (${address}) now. Contact the desk there.`,
  sent: (when) => `Sent ${when}`,
  handlerColumn: 'Handler',
  nobody: 'Nobody yet',
  whoseFilter: 'Whose',
  everyone: 'Everyone',
  mine: 'Only my referrals',
  handledBy: (name) => `${name}'s`,
  otherHandler: (name) => `${name} handles this referral. You can take it over; the history will show it.`,
  takeOver: 'Take over',
  takenOver: (reference) => `You now handle ${reference} yourself.`,
  handlerChanged: (reference, name) => `${reference} is now handled by ${name}.`,
};

export const LINE_WORDS = { nl: lineNl, en: lineEn } as const;
