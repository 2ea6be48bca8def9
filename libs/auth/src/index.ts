export * from './access-metadata.js';
export * from './access-token.js';
export * from './access.guard.js';
export * from './current-actor.decorator.js';
export * from './password-hasher.js';
export * from './request-context.js';
export * from './oidc-identity.js';
export * from './oidc-token-verifier.js';
