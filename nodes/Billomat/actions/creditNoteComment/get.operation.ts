import { CREDIT_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(CREDIT_NOTE_CHILDREN);
