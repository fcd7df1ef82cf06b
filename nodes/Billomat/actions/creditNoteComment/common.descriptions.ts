import { CREDIT_NOTE_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the credit note chosen in the node (Billomat lists comments per document only). */
export const searchCreditNoteComments = comment.search(CREDIT_NOTE_CHILDREN);
