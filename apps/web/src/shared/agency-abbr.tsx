import { AGENCIES } from '@domain/catalogue/agencies.js';
import { Fragment } from 'react';

const FULL_NAME: ReadonlyMap<string, string> = new Map(AGENCIES.map((a) => [a.code, a.name]));
/** The abbreviations people know; the others (BD, TSL) are not shown as abbreviations. */
const KNOWN = /\b(UWV|SVB|DUO|CJIB|CAK|IND)\b/;

/** An agency's abbreviation with its full name on hover and for screen readers. */
export function AgencyAbbr({ code }: { code: string }) {
  const name = FULL_NAME.get(code);
  return name ? <abbr title={name}>{code}</abbr> : <>{code}</>;
}

/** Text in which every known agency abbreviation carries its full name. */
export function WithAbbreviations({ text }: { text: string }) {
  const parts = text.split(new RegExp(KNOWN.source, 'g'));
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? <AgencyAbbr code={part} /> : part}</Fragment>
      ))}
    </>
  );
}
