import { DELIVERY_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.get(DELIVERY_NOTE_CHILDREN);
