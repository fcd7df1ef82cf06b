import { RECURRING_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(RECURRING_CHILDREN);
