import { INVOICE_CHILDREN, payment } from '../documentChild';

/** The Payment picker: every payment of the account’s invoices, page by page (the list has no text filter). */
export const searchInvoicePayments = payment.search(INVOICE_CHILDREN);

// The payment output helper others use (the trigger outputs payments the same way).
export { paymentOutput } from '../documentChild/payment';
