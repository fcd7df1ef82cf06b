import { CONFIRMATION_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(CONFIRMATION_CHILDREN);
