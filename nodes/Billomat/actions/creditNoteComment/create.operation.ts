import { CREDIT_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(CREDIT_NOTE_CHILDREN);
