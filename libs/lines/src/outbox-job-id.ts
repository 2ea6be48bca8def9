/** BullMQ refuses purely numeric custom ids, so the outbox id gets a prefix. */
export function outboxJobId(outboxId: string): string {
  return `outbox-${outboxId}`;
}
