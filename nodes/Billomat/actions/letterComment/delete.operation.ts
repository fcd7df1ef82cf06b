import { LETTER_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(LETTER_CHILDREN);
