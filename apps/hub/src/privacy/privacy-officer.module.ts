import { Module } from '@nestjs/common';
import { PrivacyOfficerResolver } from './privacy-officer.resolver.js';
import { PrivacyOfficerService } from './privacy-officer.service.js';

@Module({ providers: [PrivacyOfficerResolver, PrivacyOfficerService] })
export class PrivacyOfficerModule {}
