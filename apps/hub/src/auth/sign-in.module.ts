import { Module } from '@nestjs/common';
import { AccountAccessResolver } from './account-access.resolver.js';
import { SignInResolver } from './sign-in.resolver.js';
import { SignInService } from './sign-in.service.js';

@Module({ providers: [AccountAccessResolver, SignInResolver, SignInService] })
export class SignInModule {}
