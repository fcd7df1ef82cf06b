import { INCOMING_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the incoming invoice chosen in the node (Billomat lists comments per document only). */
export const searchIncomingInvoiceComments = comment.search(INCOMING_CHILDREN);
