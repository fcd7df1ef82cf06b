import { DELIVERY_NOTE_CHILDREN, comment } from '../documentChild';

/** The Comment picker: the comments of the delivery note chosen in the node (Billomat lists comments per document only). */
export const searchDeliveryNoteComments = comment.search(DELIVERY_NOTE_CHILDREN);
