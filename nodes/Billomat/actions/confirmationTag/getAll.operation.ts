import { CONFIRMATION_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(CONFIRMATION_CHILDREN);
