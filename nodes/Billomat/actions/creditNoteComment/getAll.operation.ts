import { CREDIT_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(CREDIT_NOTE_CHILDREN);
