import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainErrorCode, DomainException, type FieldIssue } from '#domain';

function issues(errors: readonly ValidationError[], parent: string[] = []): FieldIssue[] {
  return errors.flatMap((e) => {
    const path = [...parent, e.property];
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message: message.replace(/^\S+ /, '') }));
    return [...own, ...issues(e.children ?? [], path)];
  });
}

/** class-validator on every argument; failures become BAD_USER_INPUT naming the field path. */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => DomainException.invalidInput(issues(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof DomainException && error.code === DomainErrorCode.INVALID_INPUT && metadata.data) {
        throw DomainException.invalidInput((error.details.fields ?? []).map((f) => ({ ...f, path: [metadata.data!, ...f.path] })));
      }
      throw error;
    }
  }
}
