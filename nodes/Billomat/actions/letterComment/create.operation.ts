import { LETTER_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(LETTER_CHILDREN);
