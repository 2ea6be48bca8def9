import { Catch, type ExceptionFilter } from '@nestjs/common';

/**
 * Hands every resolver error to Apollo's formatError untouched. Without it Nest's default handler
 * logs each error in full, with the SQL parameters of a failed query: personal data in the log.
 * formatError logs unexpected errors by name and correlation id only.
 */
@Catch()
export class PassThroughExceptionFilter implements ExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
