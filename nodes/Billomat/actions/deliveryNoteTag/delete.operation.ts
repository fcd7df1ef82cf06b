import { DELIVERY_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.del(DELIVERY_NOTE_CHILDREN);
