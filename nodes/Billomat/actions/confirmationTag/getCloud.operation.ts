import { CONFIRMATION_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(CONFIRMATION_CHILDREN);
