import { REMINDER_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(REMINDER_CHILDREN);
