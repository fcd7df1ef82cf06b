import { CONFIRMATION_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(CONFIRMATION_CHILDREN);
