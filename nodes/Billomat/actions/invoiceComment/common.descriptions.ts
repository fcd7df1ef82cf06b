import { INVOICE_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the invoice chosen in the node (Billomat lists comments per document only). */
export const searchInvoiceComments = comment.search(INVOICE_CHILDREN);
