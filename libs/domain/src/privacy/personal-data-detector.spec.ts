import { describe, expect, it } from '@jest/globals';
import { syntheticBsn } from '../citizen/synthetic-bsn.js';
import { DataCategory } from '../citizen/data-category.js';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import type { DomainException } from '../errors/domain-exception.js';
import { assertFreeTextConsented, unconsentedPersonalData } from './free-text-rules.js';
import { detectPersonalData, PersonalDataKind as K } from './personal-data-detector.js';

const TODAY = new Date('2026-12-02T10:00:00Z');
const bsn = syntheticBsn(4711);
const dotted = `${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`;

/** Free text as a desk or a specialist types it -> the kinds of personal data found in it. */
const TABLE: readonly (readonly [string, readonly K[]])[] = [
  ['Mijn BSN is 123456782', [K.BSN]],
  ['BSN 1234 56 782', [K.BSN]],
  ['bsn: 123.456.782', [K.BSN]],
  ['BSN123456782', [K.BSN]],
  [`burgerservicenummer ${dotted}`, [K.BSN]],
  ['nummer 123456789, faalt op de elfproef', []],
  ['bel 06-12345678', [K.PHONE]],
  ['mobiel 06 1234 5678', [K.PHONE]],
  ['+31 6 12345678', [K.PHONE]],
  ['0031 6 12345678', [K.PHONE]],
  ['0612345678', [K.PHONE]],
  ['Belgisch nummer +32 470 12 34 56', [K.PHONE]],
  ['thuis 030-1234567', [K.PHONE]],
  ['(030) 123 45 67', [K.PHONE]],
  ['UWV belt via 088-8989898', []],
  ['Belastingtelefoon 0800-0543', []],
  ['mail naar j.jansen@example.nl', [K.EMAIL]],
  ['IBAN NL91 ABNA 0417 1643 00', [K.IBAN]],
  ['rekening NL91ABNA0417164300', [K.IBAN]],
  ['nl91abna0417164300', [K.IBAN]],
  ['NL91ABNA0417164301 (checksum klopt niet)', []],
  ['geboren 12-03-1980', [K.DATE_OF_BIRTH]],
  ['1/3/1980', [K.DATE_OF_BIRTH]],
  ['12 maart 1980', [K.DATE_OF_BIRTH]],
  ['1980-03-12', [K.DATE_OF_BIRTH]],
  ['12.03.1980', [K.DATE_OF_BIRTH]],
  ['zoon geboren 3-4-2024', [K.DATE_OF_BIRTH]],
  ['ontslagen per 1-12-2026', []],
  ['afspraak op 2027-01-15', []],
  ['31-02-1980 bestaat niet', []],
  ['referentie LL-001001', []],
  ['kenmerk 2026-000123', []],
  ['schuld € 1.234,56 en € 123.456.782', []],
  ['bedrag 123.456.782,00 euro', []],
  ['woont sinds 1980 in Utrecht', []],
  ['om 12:30 uur aan de balie', []],
  ['BSN 123456782, tel 06-12345678, j@example.nl', [K.BSN, K.PHONE, K.EMAIL]],
  ['Ontslagen per 1 december, wil WW aanvragen.', []],
];

describe('detectPersonalData', () => {
  it.each(TABLE)('%j -> %j', (text, kinds) => {
    expect(detectPersonalData(text, TODAY)).toEqual(kinds);
  });
});

describe('unconsentedPersonalData', () => {
  const text = 'BSN 123456782, bel 06-12345678, IBAN NL91ABNA0417164300';

  it('lets through what the citizen consented to, and never an IBAN or a date of birth', () => {
    expect(unconsentedPersonalData(text, { categories: [DataCategory.BSN, DataCategory.CONTACT_DETAILS] }, TODAY)).toEqual([K.IBAN]);
    expect(unconsentedPersonalData(text, { categories: ['CONTACT_DETAILS'] }, TODAY)).toEqual([K.BSN, K.IBAN]);
  });

  it('allows nothing without consent or once it is withdrawn', () => {
    expect(unconsentedPersonalData(text, null, TODAY)).toEqual([K.BSN, K.PHONE, K.IBAN]);
    expect(unconsentedPersonalData(text, { categories: [DataCategory.BSN], withdrawnAt: TODAY }, TODAY)).toEqual([K.BSN, K.PHONE, K.IBAN]);
  });
});

describe('assertFreeTextConsented', () => {
  it('names every refused field and the kinds found, never the value', () => {
    let error: DomainException | undefined;
    try {
      assertFreeTextConsented(
        [
          { path: ['input', 'summary'], text: 'BSN 123456782' },
          { path: ['input', 'place'], text: 'Stadsplein 1' },
          { path: ['input', 'extraItems', '0'], text: 'j@example.nl' },
        ],
        { categories: [DataCategory.QUESTION_TEXT] },
        TODAY,
      );
    } catch (e) {
      error = e as DomainException;
    }
    expect(error?.code).toBe(DomainErrorCode.INVALID_INPUT);
    expect(error?.details.fields?.map((f) => f.path.join('.'))).toEqual(['input.summary', 'input.extraItems.0']);
    expect(error?.details.fields?.[0]?.message).toContain('BSN');
    expect(error?.details.fields?.[1]?.message).toContain('EMAIL');
    expect(JSON.stringify(error?.details)).not.toMatch(/123456782|example\.nl/);
    expect(error?.message).not.toMatch(/123456782|example\.nl/);
  });

  it('passes text with consent for what it carries', () => {
    expect(() => assertFreeTextConsented([{ path: ['reason'], text: 'BSN 123456782' }], { categories: [DataCategory.BSN] }, TODAY)).not.toThrow();
  });
});
