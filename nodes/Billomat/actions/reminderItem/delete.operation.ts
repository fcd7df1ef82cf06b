import { REMINDER_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(REMINDER_CHILDREN);
