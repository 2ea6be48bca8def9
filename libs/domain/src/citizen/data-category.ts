/** Categories of personal data a citizen can consent to share with an agency. */
export enum DataCategory {
  CONTACT_DETAILS = 'CONTACT_DETAILS',
  BSN = 'BSN',
  QUESTION_TEXT = 'QUESTION_TEXT',
}

/** How consent was given. */
export enum ConsentMethod {
  VERBAL = 'VERBAL',
  WRITTEN = 'WRITTEN',
  REPRESENTATIVE = 'REPRESENTATIVE',
}
