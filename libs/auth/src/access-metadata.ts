import { SetMetadata } from '@nestjs/common';
import type { Role } from '#domain';

export const ROLES_KEY = 'loketlijn:roles';
export const PUBLIC_KEY = 'loketlijn:public';

/** Who may call a resolver or field. Everything without @Roles or @Public is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Reachable without signing in (sign-in itself). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
