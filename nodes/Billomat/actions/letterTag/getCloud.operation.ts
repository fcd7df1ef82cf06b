import { LETTER_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(LETTER_CHILDREN);
