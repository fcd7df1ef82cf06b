import { INCOMING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(INCOMING_CHILDREN);
