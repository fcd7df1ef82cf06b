import { REMINDER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(REMINDER_CHILDREN);
