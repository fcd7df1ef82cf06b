import { RECURRING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(RECURRING_CHILDREN);
