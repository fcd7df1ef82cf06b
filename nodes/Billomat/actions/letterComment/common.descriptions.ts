import { LETTER_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the letter chosen in the node (Billomat lists comments per document only). */
export const searchLetterComments = comment.search(LETTER_CHILDREN);
