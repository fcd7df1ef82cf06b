import { CONFIRMATION_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(CONFIRMATION_CHILDREN);
