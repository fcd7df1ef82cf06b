import { REMINDER_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(REMINDER_CHILDREN);
