import { REMINDER_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(REMINDER_CHILDREN);
