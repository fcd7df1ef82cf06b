import { DELIVERY_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getAll(DELIVERY_NOTE_CHILDREN);
