import { type AgencyCode, isAgencyCode, Role } from '#domain';

/**
 * The claims the identity provider must put in ID tokens and access tokens. Configure them as
 * custom claims (Keycloak: user attribute mappers; Entra ID: optional/extension claims).
 */
export const OIDC_CLAIMS = {
  /** One of the Role values, e.g. "DESK_WORKER". */
  role: 'loketlijn_role',
  /** For DESK_WORKER: the service point's code, e.g. "UTR-STADSKANTOOR"; mapped to its id. */
  servicePoint: 'service_point_code',
  /** For agency roles: the agency code, e.g. "UWV". */
  agency: 'agency_code',
} as const;

/** Who the provider says someone is, and what they may do here. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly displayName: string;
  readonly role: Role;
  readonly servicePointCode: string | null;
  readonly agencyCode: AgencyCode | null;
}

const ROLES = new Set<string>(Object.values(Role));
const AGENCY_ROLES = new Set<Role>([Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR, Role.AGENCY_SYSTEM]);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Maps verified claims to an identity, or null when they do not add up: an unknown role, a desk
 * worker without a service point, an agency role without an agency. Scope claims a role does not
 * use are dropped, so a monitor can never gain an agency scope.
 */
export function identityFromClaims(claims: Record<string, unknown>): OidcIdentity | null {
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  const role = text(claims[OIDC_CLAIMS.role]);
  if (!issuer || !subject || !role || !ROLES.has(role)) return null;
  const servicePointCode = text(claims[OIDC_CLAIMS.servicePoint]);
  const agency = text(claims[OIDC_CLAIMS.agency]);
  const agencyCode = agency && isAgencyCode(agency) ? agency : null;
  const displayName = text(claims.name) ?? text(claims.preferred_username) ?? subject;
  if (role === Role.DESK_WORKER) {
    return servicePointCode ? { issuer, subject, displayName, role, servicePointCode, agencyCode: null } : null;
  }
  if (AGENCY_ROLES.has(role as Role)) {
    return agencyCode ? { issuer, subject, displayName, role: role as Role, servicePointCode: null, agencyCode } : null;
  }
  return { issuer, subject, displayName, role: role as Role, servicePointCode: null, agencyCode: null };
}
