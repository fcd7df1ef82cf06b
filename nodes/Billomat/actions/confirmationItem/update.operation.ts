import { CONFIRMATION_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(CONFIRMATION_CHILDREN);
