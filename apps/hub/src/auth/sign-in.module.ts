import { Module } from '@nestjs/common';
import { SignInResolver } from './sign-in.resolver.js';
import { SignInService } from './sign-in.service.js';

@Module({ providers: [SignInResolver, SignInService] })
export class SignInModule {}
