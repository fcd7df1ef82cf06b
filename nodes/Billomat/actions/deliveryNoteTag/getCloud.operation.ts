import { DELIVERY_NOTE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(DELIVERY_NOTE_CHILDREN);
