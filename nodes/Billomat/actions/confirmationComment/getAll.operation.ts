import { CONFIRMATION_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(CONFIRMATION_CHILDREN);
