import { CREDIT_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(CREDIT_NOTE_CHILDREN);
