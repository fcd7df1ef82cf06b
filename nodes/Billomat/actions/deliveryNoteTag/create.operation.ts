import { DELIVERY_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.create(DELIVERY_NOTE_CHILDREN);
