import { CREDIT_NOTE_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the credit note chosen in the node (Billomat lists tags per document only). */
export const searchCreditNoteTags = tag.search(CREDIT_NOTE_CHILDREN);
