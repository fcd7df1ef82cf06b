import { RECURRING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(RECURRING_CHILDREN);
