import { DELIVERY_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.create(DELIVERY_NOTE_CHILDREN);
