import { LETTER_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(LETTER_CHILDREN);
