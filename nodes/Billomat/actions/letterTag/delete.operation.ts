import { LETTER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(LETTER_CHILDREN);
