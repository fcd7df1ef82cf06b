import { LETTER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(LETTER_CHILDREN);
