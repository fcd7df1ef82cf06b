import { RECURRING_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the recurring invoice chosen in the node (Billomat lists tags per document only). */
export const searchRecurringInvoiceTags = tag.search(RECURRING_CHILDREN);
