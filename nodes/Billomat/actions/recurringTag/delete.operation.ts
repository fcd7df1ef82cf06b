import { RECURRING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(RECURRING_CHILDREN);
