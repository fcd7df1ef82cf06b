import { INCOMING_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(INCOMING_CHILDREN);
