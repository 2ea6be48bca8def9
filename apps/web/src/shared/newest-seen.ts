/**
 * The newest version of each referral the desk's live events announced. A list fetched before an event
 * can arrive after it and put the older state back in the cache; a row older than what an event already
 * said tells the board to fetch again.
 */
export class NewestSeen {
  private readonly versions = new Map<string, number>();

  saw(referralId: string, version: number): void {
    if (version > (this.versions.get(referralId) ?? -1)) this.versions.set(referralId, version);
  }

  /** True when some listed referral is older than an event already said it is. */
  behind(listed: Iterable<{ readonly id: string; readonly version: number }>): boolean {
    for (const r of listed) if ((this.versions.get(r.id) ?? -1) > r.version) return true;
    return false;
  }
}
