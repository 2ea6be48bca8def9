import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '#domain';

@ObjectType('StaffMember', { description: 'A specialist or coordinator of an agency\'s line.' })
export class StaffMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;
}
