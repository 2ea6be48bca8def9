/** Every move a referral can make; each is one row of the transition table. */
export enum ReferralAction {
  SUBMIT = 'SUBMIT',
  RECEIVE = 'RECEIVE',
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  START = 'START',
  HOLD = 'HOLD',
  RESUME = 'RESUME',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
  FAIL = 'FAIL',
}

/** Who is making a move. The line is the delivery machinery itself. */
export enum Party {
  DESK = 'DESK',
  AGENCY = 'AGENCY',
  LINE = 'LINE',
}
