import { REMINDER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(REMINDER_CHILDREN);
