import type { DataSource } from 'typeorm';

/**
 * Refuses a connection on which row-level security would not apply: a superuser or BYPASSRLS role
 * sees every row whatever the policies say. Run once at boot, on the application's own data source.
 */
export async function assertRowSecurityApplies(dataSource: DataSource): Promise<void> {
  const [role] = (await dataSource.query(`SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`)) as {
    rolname: string;
    rolsuper: boolean;
    rolbypassrls: boolean;
  }[];
  if (!role || role.rolsuper || role.rolbypassrls) {
    throw new Error(`The application must not connect as ${role?.rolname ?? 'an unknown role'}: row-level security would not apply (set APP_DATABASE_URL)`);
  }
}
