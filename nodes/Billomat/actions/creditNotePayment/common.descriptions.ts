import { CREDIT_NOTE_CHILDREN, payment } from '../documentChild';

/** The Payment picker: every payment of the account’s credit notes, page by page (the list has no text filter). */
export const searchCreditNotePayments = payment.search(CREDIT_NOTE_CHILDREN);
