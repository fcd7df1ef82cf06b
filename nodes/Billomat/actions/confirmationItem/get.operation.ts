import { CONFIRMATION_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(CONFIRMATION_CHILDREN);
