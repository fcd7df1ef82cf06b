import { CONFIRMATION_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(CONFIRMATION_CHILDREN);
