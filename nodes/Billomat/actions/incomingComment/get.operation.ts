import { INCOMING_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(INCOMING_CHILDREN);
