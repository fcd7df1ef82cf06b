import { CONFIRMATION_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the confirmation chosen in the node (Billomat lists tags per document only). */
export const searchConfirmationTags = tag.search(CONFIRMATION_CHILDREN);
