import { REMINDER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(REMINDER_CHILDREN);
