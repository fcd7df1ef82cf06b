import { INCOMING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(INCOMING_CHILDREN);
