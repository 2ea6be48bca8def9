import { Inject, Injectable } from '@nestjs/common';
import { type Actor, canSeeStaffName } from '#domain';
import { ScopedDatabase, AccountRepository } from '#persistence';

/** Display names of staff (never citizens), each only where the viewer may see it. */
@Injectable()
export class StaffNamesService {
  constructor(@Inject(ScopedDatabase) private readonly db: ScopedDatabase) {}

  /** The names for many account ids in one query; null where the viewer may not see the name or there is no person. */
  async names(viewer: Actor, ids: readonly (string | null)[]): Promise<(string | null)[]> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    const accounts = wanted.length === 0 ? [] : await new AccountRepository(this.db.dataSource.manager).byIds(wanted);
    const byId = new Map(accounts.map((a) => [a.id, a]));
    return ids.map((id) => {
      const account = id === null ? undefined : byId.get(id);
      return account && canSeeStaffName(viewer, account) ? account.displayName : null;
    });
  }
}
