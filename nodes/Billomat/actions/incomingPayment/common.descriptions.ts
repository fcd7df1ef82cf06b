import { INCOMING_CHILDREN, payment } from '../documentChild';

/** The Payment picker: every payment of the account’s incoming invoices, page by page (the list has no text filter). */
export const searchIncomingInvoicePayments = payment.search(INCOMING_CHILDREN);
