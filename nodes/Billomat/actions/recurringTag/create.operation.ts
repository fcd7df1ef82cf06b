import { RECURRING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(RECURRING_CHILDREN);
