/** A visit stays OPEN ("warm") on the desk's board until the let-go gate allows closing it. */
export enum VisitStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
