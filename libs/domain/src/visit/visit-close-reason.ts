/** Why a visit was closed. */
export enum VisitCloseReason {
  /** The desk let go of the citizen through the let-go gate. */
  LET_GO = 'LET_GO',
  /** Nothing happened on it for the configured period; the system closed it (abandoned-visit.ts). */
  ABANDONED = 'ABANDONED',
  /** The privacy officer erased the citizen's data on request (AVG art. 17). */
  ERASURE_REQUEST = 'ERASURE_REQUEST',
}
