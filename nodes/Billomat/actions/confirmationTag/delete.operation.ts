import { CONFIRMATION_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(CONFIRMATION_CHILDREN);
