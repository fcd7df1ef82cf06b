import { DELIVERY_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.getAll(DELIVERY_NOTE_CHILDREN);
