import { INCOMING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(INCOMING_CHILDREN);
