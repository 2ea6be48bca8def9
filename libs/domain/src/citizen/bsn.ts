/**
 * Burgerservicenummer check ("elfproef"): nine digits where
 * 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (and not all zeros).
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0 && value !== '000000000';
}
