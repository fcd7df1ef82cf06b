import { ESTIMATE_CHILDREN, tag } from '../documentChild';

export const { description, execute } = tag.get(ESTIMATE_CHILDREN);
