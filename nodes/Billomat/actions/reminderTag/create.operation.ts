import { REMINDER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(REMINDER_CHILDREN);
