import { DELIVERY_NOTE_CHILDREN, comment } from '../documentChild';

export const { description, execute } = comment.del(DELIVERY_NOTE_CHILDREN);
