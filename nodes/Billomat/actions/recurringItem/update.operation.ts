import { RECURRING_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(RECURRING_CHILDREN);
