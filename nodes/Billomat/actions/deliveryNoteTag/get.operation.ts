import { DELIVERY_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(DELIVERY_NOTE_CHILDREN);
