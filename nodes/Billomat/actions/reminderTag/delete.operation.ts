import { REMINDER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(REMINDER_CHILDREN);
