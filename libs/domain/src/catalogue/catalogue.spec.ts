import { describe, expect, it } from '@jest/globals';
import {
  AGENCIES,
  AGENCY_CODES,
  DEMO_ACCOUNTS,
  Role,
  SERVICE_POINTS,
  TOPICS,
} from './index.js';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

describe('catalogue', () => {
  describe('agencies', () => {
    it('lists the eight agencies in AGENCY_CODES order', () => {
      expect(AGENCIES.map((a) => a.code)).toEqual([...AGENCY_CODES]);
    });

    it('gives every agency a name, description and weekday line hours in Amsterdam time', () => {
      for (const agency of AGENCIES) {
        expect(agency.name.length).toBeGreaterThan(0);
        expect(agency.description.length).toBeGreaterThan(0);
        expect(agency.lineHours.timeZone).toBe('Europe/Amsterdam');
        expect(agency.lineHours.days).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
        expect(agency.lineHours.opens).toMatch(HH_MM);
        expect(agency.lineHours.closes).toMatch(HH_MM);
        expect(agency.lineHours.opens < agency.lineHours.closes).toBe(true);
      }
    });
  });

  describe('topics', () => {
    it.each([...AGENCY_CODES])('has at least 5 topics for %s', (code) => {
      expect(TOPICS.filter((t) => t.agencyCode === code).length).toBeGreaterThanOrEqual(5);
    });

    it('only refers to known agencies', () => {
      for (const topic of TOPICS) {
        expect(AGENCY_CODES).toContain(topic.agencyCode);
      }
    });

    it('gives every topic a kebab-case code and at least one what-to-bring item', () => {
      for (const topic of TOPICS) {
        expect(topic.code).toMatch(KEBAB_CASE);
        expect(topic.name.length).toBeGreaterThan(0);
        expect(topic.description.length).toBeGreaterThan(0);
        expect(topic.whatToBring.length).toBeGreaterThanOrEqual(1);
        for (const item of topic.whatToBring) {
          expect(item.length).toBeGreaterThan(0);
        }
      }
    });

    it('has unique topic codes per agency', () => {
      for (const code of AGENCY_CODES) {
        const codes = TOPICS.filter((t) => t.agencyCode === code).map((t) => t.code);
        expect(new Set(codes).size).toBe(codes.length);
      }
    });

    it('contains the topics the rest of the system relies on', () => {
      expect(TOPICS).toContainEqual(
        expect.objectContaining({ agencyCode: 'UWV', code: 'ww-uitkering', name: 'WW-uitkering' }),
      );
      expect(TOPICS).toContainEqual(
        expect.objectContaining({ agencyCode: 'TSL', code: 'terugvordering', name: 'terugvordering' }),
      );
    });
  });

  describe('service points', () => {
    it('has at least 28 service points', () => {
      expect(SERVICE_POINTS.length).toBeGreaterThanOrEqual(28);
    });

    it('has unique codes', () => {
      const codes = SERVICE_POINTS.map((s) => s.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('starts with Utrecht and Amersfoort', () => {
      expect(SERVICE_POINTS[0]).toEqual({
        code: 'UTR-STADSKANTOOR',
        name: 'Servicepunt Stadskantoor Utrecht',
        municipality: 'Utrecht',
        address: 'Stadsplateau 1',
        postalCode: '3521 AZ',
      });
      expect(SERVICE_POINTS[1]?.code).toBe('AMF-STADHUIS');
    });

    it('uses Dutch postal codes', () => {
      for (const servicePoint of SERVICE_POINTS) {
        expect(servicePoint.postalCode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      }
    });
  });

  describe('demo accounts', () => {
    const servicePointCodes = new Set(SERVICE_POINTS.map((s) => s.code));

    it('has unique usernames', () => {
      const usernames = DEMO_ACCOUNTS.map((a) => a.username);
      expect(new Set(usernames).size).toBe(usernames.length);
    });

    it('only refers to existing service points and agencies', () => {
      for (const account of DEMO_ACCOUNTS) {
        if (account.servicePointCode !== undefined) {
          expect(servicePointCodes.has(account.servicePointCode)).toBe(true);
        }
        if (account.agencyCode !== undefined) {
          expect(AGENCY_CODES).toContain(account.agencyCode);
        }
      }
    });

    it('ties desk workers to a service point and agency staff to an agency', () => {
      for (const account of DEMO_ACCOUNTS) {
        if (account.role === Role.DESK_WORKER) {
          expect(account.servicePointCode).toBeDefined();
        }
        if (account.role === Role.AGENCY_SPECIALIST || account.role === Role.AGENCY_COORDINATOR) {
          expect(account.agencyCode).toBeDefined();
        }
      }
    });

    it('has every role needed for the demo', () => {
      const roles = new Set(DEMO_ACCOUNTS.map((a) => a.role));
      for (const role of [
        Role.DESK_WORKER,
        Role.AGENCY_SPECIALIST,
        Role.AGENCY_COORDINATOR,
        Role.MONITOR,
        Role.ADMIN,
        Role.PRIVACY_OFFICER,
      ]) {
        expect(roles.has(role)).toBe(true);
      }
    });

    it('has a specialist and a coordinator for every agency', () => {
      for (const code of AGENCY_CODES) {
        const lower = code.toLowerCase();
        expect(DEMO_ACCOUNTS).toContainEqual(
          expect.objectContaining({ username: `specialist.${lower}`, role: Role.AGENCY_SPECIALIST, agencyCode: code }),
        );
        expect(DEMO_ACCOUNTS).toContainEqual(
          expect.objectContaining({ username: `coordinator.${lower}`, role: Role.AGENCY_COORDINATOR, agencyCode: code }),
        );
      }
      expect(DEMO_ACCOUNTS).toContainEqual(
        expect.objectContaining({ username: 'specialist2.uwv', role: Role.AGENCY_SPECIALIST, agencyCode: 'UWV' }),
      );
    });
  });
});
