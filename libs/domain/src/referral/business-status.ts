/** What the citizen can expect next; rides beside the lifecycle status. */
export enum BusinessStatus {
  APPOINTMENT_SCHEDULED = 'APPOINTMENT_SCHEDULED',
  CALLBACK_SCHEDULED = 'CALLBACK_SCHEDULED',
  CITIZEN_CONTACTED = 'CITIZEN_CONTACTED',
}
