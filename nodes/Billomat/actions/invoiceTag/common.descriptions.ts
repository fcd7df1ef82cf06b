import { INVOICE_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the invoice chosen in the node (Billomat lists tags per document only). */
export const searchInvoiceTags = tag.search(INVOICE_CHILDREN);
