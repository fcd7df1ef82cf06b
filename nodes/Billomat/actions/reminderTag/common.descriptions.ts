import { REMINDER_CHILDREN, tag } from '../documentChild';

/** The Tag picker: the tags of the reminder chosen in the node (Billomat lists tags per document only). */
export const searchReminderTags = tag.search(REMINDER_CHILDREN);
