import { INCOMING_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the incoming invoice chosen in the node (Billomat lists tags per document only). */
export const searchIncomingInvoiceTags = tag.search(INCOMING_CHILDREN);
