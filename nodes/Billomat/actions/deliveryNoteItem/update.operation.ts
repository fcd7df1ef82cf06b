import { DELIVERY_NOTE_CHILDREN, item } from '../documentChild';

export const { description, execute } = item.update(DELIVERY_NOTE_CHILDREN);
