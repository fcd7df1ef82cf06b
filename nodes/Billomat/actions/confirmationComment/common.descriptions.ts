import { CONFIRMATION_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the confirmation chosen in the node (Billomat lists comments per document only). */
export const searchConfirmationComments = comment.search(CONFIRMATION_CHILDREN);
