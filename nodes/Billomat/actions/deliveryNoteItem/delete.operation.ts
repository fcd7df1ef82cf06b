import { DELIVERY_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.del(DELIVERY_NOTE_CHILDREN);
