import type { CitizenContact, Representative } from '#domain';
import type { CitizenEntity, ConsentEntity, NoteSealer, ReferralEntity, ReferralEventNoteEntity, VisitEntity } from '#persistence';
import type { BlindIndex } from './blind-index.js';
import type { FieldCipher } from './field-cipher.js';
import { sealContext } from './sealed-columns.js';

type SealedCitizen = Pick<CitizenEntity, 'nameSealed' | 'phoneSealed' | 'emailSealed' | 'bsnSealed' | 'bsnIndex'>;

/** Seals personal data for its column and row, and opens it again; the only user of the field cipher. */
export class PersonalDataVault implements NoteSealer {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
  ) {}

  sealCitizen(visitId: string, contact: CitizenContact): SealedCitizen {
    const seal = (column: string, value: string | null) => this.cipher.sealNullable(value, sealContext('visit_citizen', column, visitId));
    return {
      nameSealed: seal('name_sealed', contact.name),
      phoneSealed: seal('phone_sealed', contact.phone),
      emailSealed: seal('email_sealed', contact.email),
      bsnSealed: seal('bsn_sealed', contact.bsn),
      bsnIndex: contact.bsn === null ? null : this.index.bsn(contact.bsn),
    };
  }

  openCitizen(citizen: CitizenEntity): CitizenContact {
    const open = (column: string, value: string | null) => this.cipher.openNullable(value, sealContext('visit_citizen', column, citizen.visitId));
    return {
      name: open('name_sealed', citizen.nameSealed),
      phone: open('phone_sealed', citizen.phoneSealed),
      email: open('email_sealed', citizen.emailSealed),
      bsn: open('bsn_sealed', citizen.bsnSealed),
    };
  }

  /** BSN:<index> or VISIT:<keyed hash>: whom a processing record names. */
  dataSubject(visitId: string, bsn: string | null): string {
    return this.index.subject(visitId, bsn);
  }

  bsnIndex(bsn: string): string {
    return this.index.bsn(bsn);
  }

  sealQuestions(visitId: string, questions: readonly string[]): string {
    return this.cipher.seal(JSON.stringify(questions), sealContext('visit', 'questions_sealed', visitId));
  }

  /** Erased visits have no questions left. */
  openQuestions(visit: Pick<VisitEntity, 'id' | 'questionsSealed'>): string[] {
    const json = this.cipher.openNullable(visit.questionsSealed, sealContext('visit', 'questions_sealed', visit.id));
    return json === null ? [] : (JSON.parse(json) as string[]);
  }

  sealSummary(referralId: string, summary: string): string {
    return this.cipher.seal(summary, sealContext('referral', 'summary_sealed', referralId));
  }

  openSummary(referral: Pick<ReferralEntity, 'id' | 'summarySealed'>): string | null {
    return this.cipher.openNullable(referral.summarySealed, sealContext('referral', 'summary_sealed', referral.id));
  }

  sealOutcome(referralId: string, outcome: string): string {
    return this.cipher.seal(outcome, sealContext('referral', 'outcome_sealed', referralId));
  }

  openOutcome(referral: Pick<ReferralEntity, 'id' | 'outcomeSealed'>): string | null {
    return this.cipher.openNullable(referral.outcomeSealed, sealContext('referral', 'outcome_sealed', referral.id));
  }

  sealRepresentative(referralId: string, representative: Representative | null): string | null {
    return representative === null
      ? null
      : this.cipher.seal(JSON.stringify(representative), sealContext('referral_consent', 'representative_sealed', referralId));
  }

  openRepresentative(consent: Pick<ConsentEntity, 'referralId' | 'representativeSealed'>): Representative | null {
    const json = this.cipher.openNullable(consent.representativeSealed, sealContext('referral_consent', 'representative_sealed', consent.referralId));
    return json === null ? null : (JSON.parse(json) as Representative);
  }

  /** A timeline event's free text (hold, cancel, reject, fail reasons), bound to its event. */
  sealNote(eventId: string, text: string): string {
    return this.cipher.seal(text, sealContext('referral_event_note', 'note_sealed', eventId));
  }

  openNote(note: Pick<ReferralEventNoteEntity, 'eventId' | 'noteSealed'>): string {
    return this.cipher.open(note.noteSealed, sealContext('referral_event_note', 'note_sealed', note.eventId));
  }
}
