import { LETTER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(LETTER_CHILDREN);
