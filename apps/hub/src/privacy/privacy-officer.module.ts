import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { PrivacyOfficerResolver } from './privacy-officer.resolver.js';
import { PrivacyOfficerService } from './privacy-officer.service.js';

@Module({ providers: [PrivacyOfficerResolver, PrivacyOfficerService, { provide: CLOCK, useValue: systemClock }] })
export class PrivacyOfficerModule {}
