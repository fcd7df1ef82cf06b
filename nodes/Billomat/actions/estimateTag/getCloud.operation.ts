import { ESTIMATE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.getCloud(ESTIMATE_CHILDREN);
