import { INCOMING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(INCOMING_CHILDREN);
