import { DELIVERY_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.get(DELIVERY_NOTE_CHILDREN);
