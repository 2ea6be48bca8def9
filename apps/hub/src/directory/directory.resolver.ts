import { Inject } from '@nestjs/common';
import { Args, ID, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyCode } from '#domain';
import { Roles } from '#auth';
import type { AgencyEntity } from '#persistence';
import { SIGNED_IN } from '../auth/roles.js';
import { ConnectionOf, PageArgs } from '../graphql/connection.js';
import { AgencyType, ServicePointType, TopicType } from './directory.types.js';
import { DirectoryService } from './directory.service.js';

@ObjectType()
class ServicePointConnection extends ConnectionOf(ServicePointType, 'ServicePoint') {}

/** The catalogue every signed-in user works from: agencies, topics, service points. */
@Resolver(() => AgencyType)
@Roles(...SIGNED_IN)
export class DirectoryResolver {
  constructor(@Inject(DirectoryService) private readonly directory: DirectoryService) {}

  @Query(() => [AgencyType])
  agencies() {
    return this.directory.agencies();
  }

  @Query(() => AgencyType)
  agency(@Args('code', { type: () => AgencyCode }) code: AgencyCode) {
    return this.directory.agency(code);
  }

  @Query(() => [TopicType], { description: 'Topics, optionally of one agency and matching a search text.' })
  topics(
    @Args('agencyCode', { type: () => AgencyCode, nullable: true }) agencyCode: AgencyCode | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
  ) {
    return this.directory.topics(agencyCode, search);
  }

  @Query(() => ServicePointConnection)
  servicePoints(@Args() page: PageArgs) {
    return this.directory.servicePoints(page.first, page.after);
  }

  @Query(() => ServicePointType)
  servicePoint(@Args('id', { type: () => ID }) id: string) {
    return this.directory.servicePoint(id);
  }

  @ResolveField('topics', () => [TopicType])
  agencyTopics(@Parent() agency: AgencyEntity) {
    return this.directory.topics(agency.code, null);
  }
}
