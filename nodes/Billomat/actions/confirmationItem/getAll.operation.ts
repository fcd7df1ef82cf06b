import { CONFIRMATION_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(CONFIRMATION_CHILDREN);
