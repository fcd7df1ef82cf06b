import { DELIVERY_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.create(DELIVERY_NOTE_CHILDREN);
