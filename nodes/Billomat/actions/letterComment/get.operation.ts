import { LETTER_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(LETTER_CHILDREN);
