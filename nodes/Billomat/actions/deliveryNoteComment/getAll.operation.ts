import { DELIVERY_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.getAll(DELIVERY_NOTE_CHILDREN);
