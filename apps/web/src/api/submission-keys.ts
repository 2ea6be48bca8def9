/**
 * One Idempotency-Key per form submission (docs/decisions/0007): a submission is a mutation with its
 * variables. Sent again after a network failure or a retryable error, the same submission keeps its key,
 * so the hub answers with what the first attempt did instead of creating it twice. Once the hub has
 * answered for good (data, or an error no retry will change), the key is spent.
 */
export class SubmissionKeys {
  private readonly open = new Map<string, string>();

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(submission: string): string {
    let key = this.open.get(submission);
    if (key === undefined) {
      key = this.newKey();
      this.open.set(submission, key);
    }
    return key;
  }

  /** The hub answered for good: the next submission of the same form is a new one. */
  settled(submission: string): void {
    this.open.delete(submission);
  }
}
