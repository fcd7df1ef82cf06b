import { REMINDER_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(REMINDER_CHILDREN);
