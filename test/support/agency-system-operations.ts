import type { GqlClient } from './graphql-client.js';

/** The GraphQL operations ADMIN uses to connect an agency system, shared by e2e and bench. */
export const CONFIGURE_DELIVERY = `mutation ($input: ConfigureAgencyDeliveryInput!) {
  configureAgencyDelivery(input: $input) { signingSecret connection { agencyCode mode endpointUrl disabledAt signingKeys { id expiresAt } } } }`;
export const ROTATE_SECRET = `mutation ($a: AgencyCode!) { rotateAgencySigningSecret(agencyCode: $a) { signingSecret } }`;
export const CREATE_CLIENT = `mutation ($a: AgencyCode!) { createAgencyClient(agencyCode: $a) { clientId clientSecret } }`;
export const AGENCY_CONNECTIONS = `query { agencyConnections { agencyCode mode endpointUrl disabledAt disabledReason } }`;
export const DELIVERY_ALERTS = `query { deliveryAlerts { id agencyCode kind eventId detail } }`;
export const DEAD_LETTERS = `query ($a: AgencyCode) { webhookDeadLetters(agencyCode: $a) { agencyCode referralId eventId attempts lastError } }`;

export interface ConnectedSystem {
  readonly signingSecret: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Switches an agency to SYSTEM delivery at `endpointUrl`; returns its secrets, shown this once. */
export async function connectAgencySystem(admin: GqlClient, agency: string, endpointUrl: string): Promise<ConnectedSystem> {
  const configured = await admin.data<{ configureAgencyDelivery: { signingSecret: string | null } }>(CONFIGURE_DELIVERY, {
    input: { agencyCode: agency, mode: 'SYSTEM', endpointUrl },
  });
  const signingSecret =
    configured.configureAgencyDelivery.signingSecret ??
    (await admin.data<{ rotateAgencySigningSecret: { signingSecret: string } }>(ROTATE_SECRET, { a: agency })).rotateAgencySigningSecret.signingSecret;
  const { createAgencyClient } = await admin.data<{ createAgencyClient: { clientId: string; clientSecret: string } }>(CREATE_CLIENT, { a: agency });
  return { signingSecret, ...createAgencyClient };
}

export async function disconnectAgencySystem(admin: GqlClient, agency: string): Promise<void> {
  await admin.data(CONFIGURE_DELIVERY, { input: { agencyCode: agency, mode: 'PORTAL', endpointUrl: null } });
}
