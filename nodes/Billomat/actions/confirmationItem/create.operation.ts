import { CONFIRMATION_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(CONFIRMATION_CHILDREN);
