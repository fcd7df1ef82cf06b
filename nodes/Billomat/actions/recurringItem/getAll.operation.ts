import { RECURRING_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(RECURRING_CHILDREN);
