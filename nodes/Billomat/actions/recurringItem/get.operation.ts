import { RECURRING_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(RECURRING_CHILDREN);
