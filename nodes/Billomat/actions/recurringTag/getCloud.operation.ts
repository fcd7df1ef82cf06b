import { RECURRING_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(RECURRING_CHILDREN);
