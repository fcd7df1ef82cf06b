import { DELIVERY_NOTE_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the delivery note chosen in the node (Billomat lists tags per document only). */
export const searchDeliveryNoteTags = tag.search(DELIVERY_NOTE_CHILDREN);
