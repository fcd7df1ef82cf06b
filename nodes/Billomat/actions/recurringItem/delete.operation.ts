import { RECURRING_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(RECURRING_CHILDREN);
