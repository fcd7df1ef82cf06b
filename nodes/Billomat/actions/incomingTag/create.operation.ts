import { INCOMING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(INCOMING_CHILDREN);
