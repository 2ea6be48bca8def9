import { describe, expect, it } from '@jest/globals';
import { AgencyCode } from '../catalogue/agency-code.js';
import { Role } from '../catalogue/role.js';
import { ConsentMethod, DataCategory } from '../citizen/data-category.js';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { normaliseRepresentative, visibleCategories } from './consent-rules.js';
import { erasureCutoff } from './retention.js';

const desk = { accountId: 'a', role: Role.DESK_WORKER, servicePointId: 'sp', agencyCode: null };
const agency = { accountId: 'b', role: Role.AGENCY_SPECIALIST, servicePointId: null, agencyCode: AgencyCode.UWV };
const monitor = { accountId: 'c', role: Role.MONITOR, servicePointId: null, agencyCode: null };
const consent = { categories: [DataCategory.CONTACT_DETAILS], withdrawnAt: null };

describe('visibleCategories', () => {
  it('gives the desk everything, the agency what was consented, others nothing', () => {
    expect([...visibleCategories(desk, consent)].sort()).toEqual(Object.values(DataCategory).sort());
    expect([...visibleCategories(agency, consent)]).toEqual([DataCategory.CONTACT_DETAILS]);
    expect(visibleCategories(agency, null).size).toBe(0);
    expect(visibleCategories(monitor, consent).size).toBe(0);
  });

  it('hides everything from the agency once consent is withdrawn, and nothing from the desk', () => {
    const withdrawn = { ...consent, withdrawnAt: new Date() };
    expect(visibleCategories(agency, withdrawn).size).toBe(0);
    expect(visibleCategories(desk, withdrawn).size).toBe(3);
  });
});

describe('normaliseRepresentative', () => {
  it('requires a representative exactly when consent came through one', () => {
    expect(normaliseRepresentative(ConsentMethod.REPRESENTATIVE, { name: ' Jan ', relation: 'zoon ' })).toEqual({ name: 'Jan', relation: 'zoon' });
    expect(normaliseRepresentative(ConsentMethod.VERBAL, null)).toBeNull();
    expect(() => normaliseRepresentative(ConsentMethod.VERBAL, { name: 'Jan', relation: 'zoon' })).toThrow(/only for consent given by a representative/);
    expect(() => normaliseRepresentative(ConsentMethod.REPRESENTATIVE, null)).toThrow(expect.objectContaining({ code: DomainErrorCode.CONSENT_REQUIRED }));
  });

  it('names the field without echoing the value', () => {
    const secret = 'Geheime Naam';
    try {
      normaliseRepresentative(ConsentMethod.REPRESENTATIVE, { name: secret, relation: '' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(String((error as Error).message)).toMatch(/relation/);
      expect(String((error as Error).message)).not.toContain(secret);
    }
  });
});

describe('erasureCutoff', () => {
  it('lies the retention period before now', () => {
    expect(erasureCutoff(new Date('2026-04-01T00:00:00Z'), 90).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
