import { LETTER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(LETTER_CHILDREN);
