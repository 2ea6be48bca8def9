import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
// The core build with its metadata as a JS module: the default entry imports JSON, which jest's ESM mode warns about.
import { findPhoneNumbersInText } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { isValidBsn } from '../citizen/bsn.js';

/** Kinds of personal data that can hide in free text. */
export enum PersonalDataKind {
  BSN = 'BSN',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  IBAN = 'IBAN',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
}

/**
 * A full date at least this many years back reads as a date of birth: few facts in a referral are
 * that old, and recent dates (dismissal, debt, appointments) must pass.
 */
const BIRTH_DATE_MIN_YEARS = 12;
/** Words that make any past date a date of birth, e.g. a child's ("zoon geboren 3-4-2024"). */
const BIRTH_WORD = /(?:geboren|geb\.|geboortedatum|born|date of birth|dob)\W{0,3}$/i;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A country code and check digits, then up to 30 letters or digits, optionally in groups. */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/gi;
/** Only what a person writes as a phone number: a trunk 0 or an international prefix first. */
const PHONE_START = /^(?:\+|00|\(?0)/;
/** Dutch numbers of organisations, never of a person: free (0800), paid (090x) and company (088) numbers. */
const ORGANISATION_NUMBER = /^\+31(?:800|90[0-9]|88)/;
/** Digit groups joined by one space, dot or hyphen; a group stuck to a letter is part of a code. */
const DIGIT_CHAIN = /(?<![\p{L}\p{N}_])\d+(?:[ .\u00a0-]\d+)*(?![\p{L}\p{N}_])/gu;
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, maart: 3, mrt: 3, march: 3, mar: 3, april: 4, apr: 4,
  mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, augustus: 8, aug: 8, august: 8, september: 9, sep: 9,
  sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const NUMERIC_DATE = /(?<![\d.\-/])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d\-/]|\.\d)/g;
const ISO_DATE = /(?<![\d.\-/])(\d{4})-(\d{2})-(\d{2})(?![\d\-/])/g;
const WRITTEN_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${Object.keys(MONTHS).join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'gi');

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The kinds of personal data in a free text, each once, in a fixed order: a BSN that passes the
 * elfproef (also written with spaces, dots or hyphens), a phone number (06-, +31, 0031, landlines;
 * not the numbers of organisations), an e-mail address, an IBAN with a valid checksum, and a date
 * of birth (a full date far enough back, or right after a birth word). Pure: `today` is injectable.
 * Reference numbers (LL-001001), amounts, years alone and times are not personal data.
 */
export function detectPersonalData(text: string, today: Date = new Date()): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  // Each finding is blanked out, so its digits cannot make a BSN by accident.
  let rest = text;
  const blank = (spans: readonly Span[], kind: PersonalDataKind | null) => {
    for (const span of spans) {
      if (kind) found.add(kind);
      rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
    }
  };
  blank(matches(rest, EMAIL), PersonalDataKind.EMAIL);
  blank(ibans(rest), PersonalDataKind.IBAN);
  blank(phones(rest), PersonalDataKind.PHONE);
  const dated = dates(rest, today);
  blank(dated.filter((d) => d.birth), PersonalDataKind.DATE_OF_BIRTH);
  blank(dated.filter((d) => !d.birth), null);
  if (hasBsn(rest)) found.add(PersonalDataKind.BSN);
  return Object.values(PersonalDataKind).filter((kind) => found.has(kind));
}

function matches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The longest valid IBAN at each candidate start; groups of four may be split by spaces. */
function ibans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    for (let end = m[0].length; end >= 15; end--) {
      const candidate = electronicFormatIBAN(m[0].slice(0, end).toUpperCase());
      if (candidate && isValidIBAN(candidate)) {
        spans.push({ start: m.index, end: m.index + end });
        break;
      }
    }
  }
  return spans;
}

function phones(text: string): Span[] {
  return findPhoneNumbersInText(text, 'NL', metadata)
    .filter((m) => PHONE_START.test(text.slice(m.startsAt, m.endsAt)) && !ORGANISATION_NUMBER.test(m.number.number))
    .map((m) => ({ start: m.startsAt, end: m.endsAt }));
}

/** Every real full date; a date of birth is one far enough back, or right after a birth word. */
function dates(text: string, today: Date): (Span & { readonly birth: boolean })[] {
  const spans: (Span & { birth: boolean })[] = [];
  const consider = (index: number, length: number, year: number, month: number, day: number) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return;
    const longAgo = new Date(Date.UTC(today.getUTCFullYear() - BIRTH_DATE_MIN_YEARS, today.getUTCMonth(), today.getUTCDate()));
    const past = year >= 1900 && date.getTime() <= today.getTime();
    const birth = past && (date.getTime() <= longAgo.getTime() || BIRTH_WORD.test(text.slice(Math.max(0, index - 20), index)));
    spans.push({ start: index, end: index + length, birth });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) consider(m.index, m[0].length, Number(m[4]), Number(m[3]), Number(m[1]));
  for (const m of text.matchAll(ISO_DATE)) consider(m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(WRITTEN_DATE)) consider(m.index, m[0].length, Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  return spans;
}

/**
 * Nine digits passing the elfproef, as one group or as consecutive groups of a chain ("1234 56 782",
 * "123.456.782"). An amount ("€ 123.456.782" or "...,00") is not a BSN.
 */
function hasBsn(written: string): boolean {
  const text = written.replace(/bsn(?=\d)/gi, 'bsn ');
  for (const m of text.matchAll(DIGIT_CHAIN)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/€\s*$/.test(before) || /^,\d/.test(after)) continue;
    const groups = m[0].split(/[ .\u00a0-]/);
    for (let first = 0; first < groups.length; first++) {
      let digits = '';
      for (let last = first; last < groups.length && digits.length < 9; last++) {
        digits += groups[last];
        if (digits.length === 9 && isValidBsn(digits)) return true;
      }
    }
  }
  return false;
}
