import { CONFIRMATION_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(CONFIRMATION_CHILDREN);
