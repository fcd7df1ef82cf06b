import { INCOMING_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(INCOMING_CHILDREN);
