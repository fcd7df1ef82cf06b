import { CONFIRMATION_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(CONFIRMATION_CHILDREN);
