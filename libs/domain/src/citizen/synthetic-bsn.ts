import { isValidBsn } from './bsn.js';

/**
 * A deterministic, elfproef-valid BSN for tests and demo data. Generated, never copied from a
 * person; all start with 9 so they are easy to recognise in a data set.
 */
export function syntheticBsn(seed: number): string {
  for (let n = seed; ; n++) {
    const body = `9${String(n % 10_000_000).padStart(7, '0')}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (9 - i);
    const check = sum % 11;
    if (check <= 9) {
      const bsn = `${body}${check}`;
      if (isValidBsn(bsn)) return bsn;
    }
  }
}
