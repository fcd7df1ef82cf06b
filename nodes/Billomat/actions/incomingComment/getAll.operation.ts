import { INCOMING_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(INCOMING_CHILDREN);
