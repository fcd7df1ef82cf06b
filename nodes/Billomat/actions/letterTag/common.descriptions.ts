import { LETTER_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the letter chosen in the node (Billomat lists tags per document only). */
export const searchLetterTags = tag.search(LETTER_CHILDREN);
