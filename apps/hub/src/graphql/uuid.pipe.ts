import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainException } from '#domain';

/** Ids are UUIDs; anything else is bad input rather than a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw DomainException.invalidInput([{ path: [metadata.data ?? 'id'], message: 'must be a valid id' }]);
    }
    return value;
  }
}
